import { i18n } from '#i18n';
import { languageName } from './format';

interface Props {
  title: string | null;
  lang: string | null;
  partial: boolean;
}

/** The article the popup describes: its title, language and whether it is partial (paywall). */
export function PopupHeader({ title, lang, partial }: Props) {
  const language = languageName(lang);
  return (
    <header class="article-head">
      <p class="article-head__title" lang={title && lang && /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(lang) ? lang : undefined}>
        {title || i18n.t('popupUntitled')}
      </p>
      <p class="article-head__badges">
        {language && (
          <span class="badge" lang={i18n.t('popupLocale')}>
            <span class="sr-only">{i18n.t('popupLanguageLabel', [language])}</span>
            <span aria-hidden="true">{language}</span>
          </span>
        )}
        {partial && <span class="badge badge--warn">{i18n.t('popupPartial')}</span>}
      </p>
      {partial && <p class="article-head__note">{i18n.t('popupPartialHint')}</p>}
    </header>
  );
}
