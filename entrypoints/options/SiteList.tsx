import { useState } from 'preact/hooks';
import { i18n } from '#i18n';
import { siteFromInput } from './sites';

interface Props {
  sites: string[];
  onRemove(site: string): void;
  onAdd(site: string): void;
}

/** Sites where QuoteLens stays off: each with a remove button, plus a small form to add one. */
export function SiteList({ sites, onRemove, onAdd }: Props) {
  const [draft, setDraft] = useState('');
  const [invalid, setInvalid] = useState(false);

  const submit = (event: Event) => {
    event.preventDefault();
    const site = siteFromInput(draft);
    setInvalid(!site);
    if (!site) return;
    onAdd(site);
    setDraft('');
  };

  return (
    <>
      {sites.length === 0 ? (
        <p class="empty">{i18n.t('optionsSitesEmpty')}</p>
      ) : (
        <ul class="sites" aria-labelledby="sites-heading">
          {sites.map((site) => (
            <li key={site}>
              <span class="site">{site}</span>
              <button type="button" onClick={() => onRemove(site)} aria-label={i18n.t('optionsRemoveSiteLabel', [site])}>
                {i18n.t('optionsRemoveSite')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form class="add-site" onSubmit={submit} noValidate>
        <label for="add-site">{i18n.t('optionsAddSiteLabel')}</label>
        <div class="add-site__row">
          <input
            id="add-site"
            type="text"
            inputMode="url"
            autoComplete="off"
            spellcheck={false}
            placeholder="news.example.com"
            value={draft}
            aria-invalid={invalid}
            aria-describedby={invalid ? 'add-site-error' : undefined}
            onInput={(event) => {
              setDraft((event.currentTarget as HTMLInputElement).value);
              setInvalid(false);
            }}
          />
          <button type="submit">{i18n.t('optionsAddSite')}</button>
        </div>
        {invalid && (
          <p id="add-site-error" class="error" role="alert">
            {i18n.t('optionsAddSiteInvalid')}
          </p>
        )}
      </form>
    </>
  );
}
