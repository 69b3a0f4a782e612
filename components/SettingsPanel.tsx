import { i18n } from '#i18n';
import type { Settings } from '@/utils/settings';
import { Switch } from './Switch';

interface Props {
  settings: Settings;
  /** Hostname of the inspected tab; null hides the per-site switch (no site to turn off). */
  hostname: string | null;
  onChange: (patch: Partial<Settings>) => void;
}

/** Highlights on/off, off on this site, pause everywhere (stored by utils/settings). */
export function SettingsPanel({ settings, hostname, onChange }: Props) {
  const siteOff = !!hostname && settings.disabledSites.includes(hostname);
  const toggleSite = (off: boolean) => {
    if (!hostname) return;
    const others = settings.disabledSites.filter((site) => site !== hostname);
    onChange({ disabledSites: off ? [...others, hostname] : others });
  };
  return (
    <section class="panel panel--settings" aria-labelledby="settings-heading">
      <h2 id="settings-heading" class="panel__heading">{i18n.t('popupSettingsHeading')}</h2>
      <Switch label={i18n.t('popupHighlightsToggle')} checked={settings.highlights} onChange={(on) => onChange({ highlights: on })} />
      {hostname && <Switch label={i18n.t('popupSiteToggle', [hostname])} checked={siteOff} onChange={toggleSite} />}
      <Switch label={i18n.t('popupPauseToggle')} checked={settings.paused} onChange={(on) => onChange({ paused: on })} />
    </section>
  );
}
