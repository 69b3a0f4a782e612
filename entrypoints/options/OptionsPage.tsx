import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { i18n } from '#i18n';
import { getSettings, updateSettings, watchSettings, type Settings } from '@/utils/settings';
import { Toggle } from './Toggle';
import { SiteList } from './SiteList';
import { Shortcuts } from './Shortcuts';

type SaveStatus = 'idle' | 'saved' | 'failed';

/** The options page: highlights, global pause, sites where QuoteLens is off, shortcuts, privacy. */
export function OptionsPage() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [status, setStatus] = useState<SaveStatus>('idle');

  useEffect(() => {
    let live = true;
    void getSettings().then((value) => live && setSettings(value));
    // The popup changes the same settings; keep this page in step with it.
    const unwatch = watchSettings((value) => live && setSettings(value));
    return () => {
      live = false;
      unwatch();
    };
  }, []);

  const save = async (patch: Partial<Settings>) => {
    try {
      setSettings(await updateSettings(patch));
      setStatus('saved');
    } catch {
      setStatus('failed');
      setSettings(await getSettings());
    }
  };

  const version = browser.runtime.getManifest?.().version ?? '';

  return (
    <main>
      <header class="page-head">
        <img src="/icon.svg" width={32} height={32} alt="" />
        <h1>{i18n.t('optionsHeading')}</h1>
      </header>

      {!settings ? (
        <p aria-busy="true">{i18n.t('optionsLoading')}</p>
      ) : (
        <>
          <section aria-labelledby="display-heading">
            <h2 id="display-heading">{i18n.t('optionsDisplayHeading')}</h2>
            <Toggle
              id="highlights"
              label={i18n.t('optionsHighlightsLabel')}
              hint={i18n.t('optionsHighlightsHint')}
              checked={settings.highlights}
              onChange={(highlights) => void save({ highlights })}
            />
            <Toggle
              id="paused"
              label={i18n.t('optionsPauseLabel')}
              hint={i18n.t('optionsPauseHint')}
              checked={settings.paused}
              onChange={(paused) => void save({ paused })}
            />
          </section>

          <section aria-labelledby="sites-heading">
            <h2 id="sites-heading">{i18n.t('optionsSitesHeading')}</h2>
            <p class="hint">{i18n.t('optionsSitesHint')}</p>
            <SiteList
              sites={settings.disabledSites}
              onRemove={(site) => void save({ disabledSites: settings.disabledSites.filter((s) => s !== site) })}
              onAdd={(site) => void save({ disabledSites: [...settings.disabledSites, site] })}
            />
          </section>
        </>
      )}

      <Shortcuts />

      <footer>
        <h2 id="about-heading">{i18n.t('optionsAboutHeading')}</h2>
        <p>{i18n.t('optionsPrivacy')}</p>
        {version && <p class="hint">{i18n.t('optionsVersion', [version])}</p>}
      </footer>

      <p class="status" role="status" aria-live="polite">
        {status === 'saved' ? i18n.t('optionsSaved') : status === 'failed' ? i18n.t('optionsSaveFailed') : ''}
      </p>
    </main>
  );
}
