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
        {/* Format names are the same in every language; the full action is the accessible name. */}
        <button type="button" class="button" aria-label={i18n.t('popupDownloadCsv')} title={i18n.t('popupDownloadCsv')} onClick={onDownloadCsv}>
          <span aria-hidden="true">↓ </span>CSV
        </button>
        <button type="button" class="button" aria-label={i18n.t('popupDownloadJson')} title={i18n.t('popupDownloadJson')} onClick={onDownloadJson}>
          <span aria-hidden="true">↓ </span>JSON
        </button>
      </div>
    </section>
  );
}
