import { i18n } from '#i18n';

interface Props {
  onCopyMarkdown: () => void;
  onDownloadCsv: () => void;
  onDownloadJson: () => void;
}

/** Copy the analysis as Markdown, or download it as CSV or JSON (all built locally). */
export function ExportPanel({ onCopyMarkdown, onDownloadCsv, onDownloadJson }: Props) {
  return (
    <section class="panel" aria-labelledby="export-heading">
      <h2 id="export-heading" class="panel__heading">{i18n.t('popupExportHeading')}</h2>
      <div class="export">
        <button type="button" class="button" onClick={onCopyMarkdown}>{i18n.t('popupCopyMarkdown')}</button>
        <button type="button" class="button" onClick={onDownloadCsv}>{i18n.t('popupDownloadCsv')}</button>
        <button type="button" class="button" onClick={onDownloadJson}>{i18n.t('popupDownloadJson')}</button>
      </div>
    </section>
  );
}
