import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { i18n } from '#i18n';
import type { Analysis } from '@/utils/engine/types';
import type { Settings } from '@/utils/settings';
import { exportFileName, toCsv, toJson, toMarkdown, type ExportSource } from '@/utils/export';
import { AnalysisView } from '@/components/AnalysisView';
import { ExportPanel } from '@/components/ExportPanel';
import { PopupHeader } from '@/components/PopupHeader';
import { SettingsPanel } from '@/components/SettingsPanel';
import { StatusMessage } from '@/components/StatusMessage';
import { hostnameOf } from '@/components/format';
import { focusedIndex, readPageState, sendToTab } from './page-link';
import { usePageView } from './usePageView';
import { popupState, type PopupState } from './popup-state';
import { markdownLabels } from './markdown-labels';
import { useAnnouncer } from './useAnnouncer';
import { useSettings } from './useSettings';
import { copyText, downloadText } from './files';

interface AppProps {
  /** location.search of the popup page (`?tab=<id>` in tests). */
  search: string;
  /** Called once, after the first render that shows more than "loading". */
  onFirstContent?: () => void;
}

export function App({ search, onFirstContent }: AppProps) {
  const { tab, view, refresh } = usePageView(search);
  const { settings, update } = useSettings();
  const { message, notice, announce } = useAnnouncer();
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [position, setPosition] = useState<number | null>(null);
  const [filterId, setFilterId] = useState<string | null>(null);

  const pageState = view.kind === 'page' ? view.state : null;
  const hostname = hostnameOf(pageState?.meta?.url) ?? hostnameOf(tab?.url);
  const state = popupState(view, settings, hostname);
  const analysis: Analysis | null = pageState?.analysis ?? null;

  useEffect(() => setFilterId(pageState?.filterSpeakerId ?? null), [pageState?.filterSpeakerId]);

  const firstContent = useRef(false);
  useEffect(() => {
    if (state !== 'loading' && !firstContent.current) {
      firstContent.current = true;
      onFirstContent?.();
    }
  }, [state, onFirstContent]);

  const statusTitle = useRef('');
  const shownState = useRef<PopupState | null>(null);

  const changeSettings = useCallback(
    async (patch: Partial<Settings>) => {
      try {
        await update(patch);
      } catch {
        announce(i18n.t('popupSettingsFailed'), true);
        return;
      }
      // The content script reacts to the storage change on its own; follow it.
      setTimeout(refresh, 150);
    },
    [update, refresh, announce],
  );

  const speakerCount = (id: string) => analysis?.speakers.find((s) => s.id === id)?.count ?? 0;
  const speakerName = (id: string) => analysis?.speakers.find((s) => s.id === id)?.name ?? '';

  const focusSpeaker = async (speakerId: string, step: 0 | 1 | -1) => {
    if (!tab) return;
    const total = speakerCount(speakerId);
    const from = speakerId === selectedId && position !== null ? position : 0;
    const next = step === 0 ? 0 : total > 0 ? (from + step + total) % total : 0;
    setSelectedId(speakerId);
    setPosition(next);
    try {
      const reply = await sendToTab(tab.id, { type: 'focus-speaker', speakerId, step });
      // Prefer the page's own answer (it knows which statements it could still find);
      // the reply may be the new state, or nothing, in which case we ask for it.
      const after = readPageState(reply) ?? readPageState(await sendToTab(tab.id, { type: 'get-state' }).catch(() => null));
      const index = focusedIndex(after, speakerId) ?? next;
      setPosition(index);
      announce(i18n.t('popupFocusAnnounce', [speakerName(speakerId), String(index + 1), String(total)]));
    } catch {
      announce(i18n.t('popupFocusFailed'), true);
    }
  };

  const filterSpeaker = async (speakerId: string | null) => {
    if (!tab) return;
    setFilterId(speakerId);
    try {
      await sendToTab(tab.id, { type: 'filter-speaker', speakerId });
    } catch {
      announce(i18n.t('popupFocusFailed'), true);
    }
  };

  const retry = async () => {
    if (!tab) return;
    // The reply comes when the new analysis is done; meanwhile follow the tab's progress.
    const done = sendToTab(tab.id, { type: 'reanalyze' }).catch(() => undefined);
    refresh();
    await done;
    refresh();
  };

  const exportSource = (): ExportSource => ({
    title: pageState?.meta?.title ?? analysis?.article.title ?? null,
    url: pageState?.meta?.url || tab?.url || null,
    partial: pageState?.meta?.partial ?? false,
  });

  const exports = {
    copyMarkdown: async () => {
      if (!analysis) return;
      const copied = await copyText(toMarkdown(analysis, exportSource(), markdownLabels()));
      announce(i18n.t(copied ? 'popupCopied' : 'popupCopyFailed'), true);
    },
    csv: () => {
      if (!analysis) return;
      const name = exportFileName(exportSource().title, 'csv');
      downloadText(toCsv(analysis), name, 'text/csv;charset=utf-8');
      announce(i18n.t('popupDownloaded', [name]), true);
    },
    json: () => {
      if (!analysis) return;
      const name = exportFileName(exportSource().title, 'json');
      downloadText(toJson(analysis, exportSource()), name, 'application/json');
      announce(i18n.t('popupDownloaded', [name]), true);
    },
  };

  const settingsPanel = settings && (
    <SettingsPanel settings={settings} hostname={hostname} onChange={(patch) => void changeSettings(patch)} />
  );
  // Only an article (with or without statements) has a title, a language and totals.
  const article =
    state === 'ready' || state === 'empty'
      ? {
          title: pageState?.meta?.title ?? analysis?.article.title ?? null,
          lang: analysis?.lang ?? pageState?.meta?.lang ?? null,
          partial: pageState?.meta?.partial ?? false,
        }
      : null;

  let body;
  switch (state) {
    case 'loading':
      body = <StatusMessage state="loading" title={i18n.t('popupLoading')} body="" busy />;
      break;
    case 'unsupported':
      body = <StatusMessage state="unsupported" title={i18n.t('popupUnsupportedTitle')} body={i18n.t('popupUnsupportedBody')} />;
      break;
    case 'not-article':
      body = <StatusMessage state="not-article" title={i18n.t('popupNotArticleTitle')} body={i18n.t('popupNotArticleBody')} />;
      break;
    case 'analysing':
      body = <StatusMessage state="analysing" title={i18n.t('popupAnalysingTitle')} body={i18n.t('popupAnalysingBody')} busy />;
      break;
    case 'off-site':
      body = (
        <StatusMessage
          state="off-site"
          title={i18n.t('popupOffSiteTitle', [hostname ?? ''])}
          body={i18n.t('popupOffSiteBody')}
          action={
            hostname && settings
              ? {
                  label: i18n.t('popupOffSiteAction'),
                  onClick: () => void changeSettings({ disabledSites: settings.disabledSites.filter((s) => s !== hostname) }),
                }
              : null
          }
        />
      );
      break;
    case 'paused':
      body = (
        <StatusMessage
          state="paused"
          title={i18n.t('popupPausedTitle')}
          body={i18n.t('popupPausedBody')}
          action={{ label: i18n.t('popupPausedAction'), onClick: () => void changeSettings({ paused: false }) }}
        />
      );
      break;
    case 'error':
      body = (
        <StatusMessage
          state="error"
          title={i18n.t('popupErrorTitle')}
          body={i18n.t('popupErrorBody')}
          detail={pageState?.error}
          action={{ label: i18n.t('popupRetry'), onClick: () => void retry() }}
        />
      );
      break;
    case 'empty':
      body = <StatusMessage state="empty" title={i18n.t('popupEmptyTitle')} body={i18n.t('popupEmptyBody')} />;
      break;
    case 'ready':
      body = (
        <div class="ready" data-state="ready">
          <AnalysisView
            analysis={analysis!}
            selectedId={selectedId}
            position={position}
            filterId={filterId}
            onSelect={(id) => void focusSpeaker(id, 0)}
            onStep={(id, step) => void focusSpeaker(id, step)}
            onFilter={(id) => void filterSpeaker(id)}
            exportPanel={<ExportPanel onCopyMarkdown={() => void exports.copyMarkdown()} onDownloadCsv={exports.csv} onDownloadJson={exports.json} />}
            settingsPanel={settingsPanel}
          />
        </div>
      );
      break;
  }

  // Announce each new state once, by its title.
  useEffect(() => {
    const title = document.getElementById('status-title')?.textContent ?? (state === 'ready' ? i18n.t('popupSpeakersHeading') : '');
    if (state !== 'loading' && title && title !== statusTitle.current) {
      statusTitle.current = title;
      announce(title);
    }
    // A state change can remove the control that had focus ("Turn on for this site"):
    // keyboard users continue from the new state's heading rather than from the top.
    const changed = shownState.current !== null && shownState.current !== state;
    shownState.current = state === 'loading' ? null : state;
    if (changed && (document.activeElement === document.body || document.activeElement === null)) {
      const heading = document.getElementById('status-title') ?? document.getElementById('speakers-heading');
      if (heading) {
        heading.tabIndex = -1;
        heading.focus({ preventScroll: true });
      }
    }
  }, [state, announce]);

  return (
    <main class="popup" data-popup-state={state}>
      <PopupHeader article={article} />
      {body}
      {/* In the ready state the settings are a tab; elsewhere the state is short and they follow it. */}
      {state !== 'loading' && state !== 'ready' && settingsPanel}
      <p class="sr-only" role="status" aria-live="polite">
        {message}
      </p>
      {notice && (
        <p class="notice" aria-hidden="true">
          {notice}
        </p>
      )}
    </main>
  );
}
