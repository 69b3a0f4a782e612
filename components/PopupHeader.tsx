import { i18n } from '#i18n';
import { languageName } from './format';

export interface ArticleHead {
  title: string | null;
  lang: string | null;
  partial: boolean;
}

interface Props {
  /** The analysed article; null in states that describe no article (loading, errors…). */
  article: ArticleHead | null;
}

const BCP47 = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;

/**
 * The brand, then the article the popup describes: its language and whether it is partial
 * (paywall) as badges on the brand line, its title under it (three lines at most).
 */
export function PopupHeader({ article }: Props) {
  const language = article ? languageName(article.lang) : null;
  return (
    <header class="top">
      <div class="top__bar">
        <h1 class="brand">
          <span class="brand__mark" aria-hidden="true">❝</span>
          {i18n.t('extName')}
        </h1>
        {article && (language || article.partial) && (
          <p class="top__badges">
            {language && (
              <span class="badge" lang={i18n.t('popupLocale')}>
                <span class="sr-only">{i18n.t('popupLanguageLabel', [language])}</span>
                <span aria-hidden="true">{language}</span>
              </span>
            )}
            {article.partial && (
              <span class="badge badge--warn" title={i18n.t('popupPartialHint')}>
                {i18n.t('popupPartial')}
              </span>
            )}
          </p>
        )}
      </div>
      {article && (
        <p class="top__title" lang={article.title && article.lang && BCP47.test(article.lang) ? article.lang : undefined}>
          {article.title || i18n.t('popupUntitled')}
        </p>
      )}
      {article?.partial && <p class="top__note">{i18n.t('popupPartialHint')}</p>}
    </header>
  );
}
