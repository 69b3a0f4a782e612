/**
 * Page-reading lexicons as data: which tags, roles, class/id words and schema.org types
 * mean "article", "boilerplate" or "not an article". The logic lives in detect/collect;
 * extend these lists (not the code) when a new publishing system shows up.
 */

/** Article types strongly tied to journalism (weigh more than a generic Article). */
export const NEWS_TYPES = new Set([
  'newsarticle',
  'reportagenewsarticle',
  'analysisnewsarticle',
  'opinionnewsarticle',
  'backgroundnewsarticle',
  'reviewnewsarticle',
  'asknewsarticle',
  'askpublicnewsarticle',
  'liveblogposting',
]);

/** schema.org types that denote a news or blog article (lower-cased): the news types and generic ones. */
export const ARTICLE_TYPES = new Set([...NEWS_TYPES, 'article', 'satiricalarticle', 'blogposting', 'report']);

/**
 * schema.org types of whole pages that are not news articles (lower-cased). They win
 * over a generic "Article" that some engines stamp on every page.
 */
export const NON_ARTICLE_PAGE_TYPES = new Set([
  'searchresultspage',
  'collectionpage',
  'profilepage',
  'discussionforumposting',
  'qapage',
  'webapplication',
  'softwareapplication',
  'mobileapplication',
  'techarticle',
  'apireference',
]);

/**
 * Types of things a page may embed (a video, a product box, an event) that make it a
 * non-article only when nothing else on the page says "article".
 */
export const NON_ARTICLE_THING_TYPES = new Set(['itemlist', 'question', 'product', 'softwaresourcecode', 'event', 'recipe', 'videoobject']);

/** `<meta name="generator">` words of documentation tools and forum engines. */
export const DOCS_GENERATORS = ['docusaurus', 'sphinx', 'mkdocs', 'vitepress', 'gitbook', 'docfx', 'jsdoc', 'typedoc', 'readthedocs', 'antora', 'nextra', 'starlight'];
export const FORUM_GENERATORS = ['discourse', 'phpbb', 'vbulletin', 'xenforo', 'invision', 'mybb', 'smf', 'flarum', 'nodebb'];

/** Elements never part of article text (their whole subtree is skipped). */
export const SKIP_TAGS = new Set([
  'script', 'style', 'template', 'noscript', 'svg', 'math', 'canvas', 'iframe', 'frame', 'frameset',
  'object', 'embed', 'video', 'audio', 'picture', 'img', 'source', 'track', 'map',
  'figure', 'figcaption', 'button', 'form', 'input', 'select', 'textarea', 'label', 'option',
  'nav', 'aside', 'header', 'footer', 'menu', 'dialog', 'head', 'title', 'meta', 'link',
  'h1', 'hr',
  // AMP and common embed components that hold no article prose.
  'amp-ad', 'amp-embed', 'amp-analytics', 'amp-social-share', 'amp-sidebar', 'amp-consent',
  'amp-iframe', 'amp-img', 'amp-video', 'amp-carousel', 'amp-list', 'amp-pixel', 'amp-auto-ads',
  'amp-sticky-ad', 'amp-youtube', 'amp-twitter', 'amp-instagram', 'amp-facebook',
]);

/** Form fields: a block holding one and little text is a sign-up, search or comment box. */
export const FORM_CONTROL_TAGS = new Set(['input', 'textarea', 'select']);
/** Controls a reader acts with (reply, like, report): a block with one is UI, not prose alone. */
export const UI_CONTROL_TAGS = new Set(['button', 'input', 'textarea', 'select']);

/**
 * The skipped tags that are page furniture (UI, navigation, chrome), as opposed to media
 * and code: a subheading followed only by these titles furniture, not a figure.
 */
export const UI_SKIP_TAGS = new Set(['button', 'form', 'input', 'select', 'textarea', 'label', 'option', 'nav', 'aside', 'header', 'footer', 'menu', 'dialog']);

/** Elements that start and end a paragraph of collected text. */
export const BLOCK_TAGS = new Set([
  'address', 'article', 'aside', 'blockquote', 'center', 'dd', 'details', 'dialog', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header',
  'hgroup', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody',
  'thead', 'tfoot', 'tr', 'td', 'th', 'caption', 'ul', 'body', 'html',
]);

/** ARIA roles of page furniture. */
export const SKIP_ROLES = new Set([
  'navigation', 'banner', 'contentinfo', 'complementary', 'button', 'dialog', 'alertdialog', 'menu',
  'menubar', 'toolbar', 'search', 'form', 'tablist', 'tab', 'tooltip', 'alert', 'status', 'figure', 'img',
]);

/**
 * Class/id words (after splitting on punctuation and camelCase) that mark furniture.
 * Matched as whole tokens so that "ad" never fires on "head" or "read".
 */
export const BOILERPLATE_TOKENS = new Set([
  'ad', 'ads', 'adv', 'advert', 'advertisement', 'advertising', 'adslot', 'adunit', 'dfp', 'gpt', 'arcad',
  'sponsor', 'sponsored', 'promo', 'promotion', 'promoted', 'partner',
  'share', 'sharing', 'sharebar', 'social', 'sociallinks',
  'related', 'relatedposts', 'recommended', 'recommendations', 'recirc', 'recirculation', 'teaser', 'teasers',
  'outbrain', 'taboola', 'trending', 'mostread', 'popular', 'catcher', 'interstitial', 'readmore', 'seealso',
  'comment', 'comments', 'commentlist', 'disqus', 'reactions',
  'newsletter', 'subscribe', 'subscription', 'signup', 'paywall', 'regwall', 'meter', 'upsell',
  'breadcrumb', 'breadcrumbs', 'byline', 'bio', 'dateline', 'timestamp', 'meta', 'tag', 'tags', 'taglist', 'topics', 'keywords', 'links',
  'caption', 'legend', 'credit', 'credits', 'toolbar', 'tools', 'popup', 'modal', 'cookie', 'cookies', 'consent',
  'sidebar', 'rail', 'widget', 'masthead', 'footer', 'nav', 'navbar', 'menu',
  'hidden', 'hide', 'invisible', 'offscreen', 'embed', 'player', 'tweet', 'instagram', 'tiktok',
  'pullquote', 'pull-quote', 'pull_quote', 'kicker', 'eyebrow', 'overline', 'date', 'datetime', 'posted', 'updated',
]);

/**
 * The furniture words that are never a false alarm: a block called "comments" or
 * "related" is not the article even when it holds most of the page's paragraphs
 * (long comment threads do). Other words ("share", "meta", "tools") also turn up in
 * the class lists of article wrappers ("article has-share-bar"), so a block holding
 * most of the paragraphs is forgiven for them.
 */
export const STRONG_BOILERPLATE_TOKENS = new Set([
  'comment', 'comments', 'commentlist', 'disqus', 'reactions', 'related', 'relatedposts', 'recommended',
  'recommendations', 'recirc', 'recirculation', 'outbrain', 'taboola', 'trending', 'mostread', 'popular',
  'sidebar', 'rail', 'footer', 'nav', 'navbar', 'menu', 'breadcrumb', 'breadcrumbs', 'newsletter', 'cookie',
  'cookies', 'consent', 'teaser', 'teasers', 'masthead', 'modal', 'popup',
]);
/** Class words of article bodies ("article-body", "entry-content", "story-text"). */
export const BODY_TOKENS = new Set(['article', 'body', 'content', 'entry', 'story', 'main', 'text', 'prose', 'richtext']);
export const STRONG_SKIP_TAGS = new Set(['nav', 'aside', 'footer', 'menu', 'dialog', 'template', 'script', 'style', 'noscript']);
export const STRONG_SKIP_ROLES = new Set(['navigation', 'complementary', 'contentinfo', 'dialog', 'alertdialog', 'menu', 'menubar']);

/** Class-word prefixes that mark furniture even when glued to other words ("sharedaddy"). */
export const BOILERPLATE_PREFIXES = ['share', 'social', 'advert', 'sponsor', 'newsletter', 'relatedpost', 'outbrain', 'taboola', 'recommend'];
/** The prefixes among them that mark strong furniture (see STRONG_BOILERPLATE_TOKENS). */
export const STRONG_BOILERPLATE_PREFIXES = ['relatedpost', 'outbrain', 'taboola', 'newsletter'];

/** Whole class names (not split) used for screen-reader-only text. */
export const SCREEN_READER_CLASSES = new Set(['sr-only', 'visually-hidden', 'visuallyhidden', 'screen-reader-text', 'screen-reader-only', 'a11y-hidden', 'u-hidden', 'is-hidden', 'hidden']);

/**
 * Openers of inline "read also" links that sit between body paragraphs
 * (matched at the start of a short, link-heavy block, case-insensitive).
 */
export const READ_ALSO_OPENERS = [
  'lire aussi', 'à lire aussi', 'a lire aussi', 'lire également', 'voir aussi', 'à voir aussi', 'à lire',
  'read more', 'read also', 'also read', 'see also', 'related:', 'more:', 'recommended:', 'watch:', 'listen:',
  'lesen sie auch', 'mehr zum thema', 'lee también', 'leggi anche',
];

/**
 * Whole texts of small blocks that are page furniture whatever their markup
 * (compared lower-cased, with punctuation and spacing removed at both ends).
 */
export const FURNITURE_PHRASES = new Set([
  'advertisement', 'advertisement - scroll to continue', 'advertisement · scroll to continue', 'skip advertisement',
  'story continues below advertisement', 'article continues below advertisement', 'continue reading below',
  'continue reading the main story', 'sponsored', 'sponsored content', 'promoted content',
  'publicité', 'la suite après cette publicité', 'la suite après la publicité', 'article réservé aux abonnés',
  'anzeige', 'werbung', 'publicidad', 'pubblicità',
]);

/** Paths that denote a site's front page or a section front (after the host). */
export const HOME_PATH = /^\/(?:(?:index|default|home)\.[a-z]+|[a-z]{2}(?:[-_][a-z]{2})?\/?)?$/i;
/** Paths and query keys of search result pages. */
export const SEARCH_PATH = /(?:^|\/)(?:search|recherche|suche|buscar|cerca|zoeken|busca)(?:\/|$|\.)/i;
export const SEARCH_QUERY_KEYS = ['q', 's', 'query', 'search', 'keywords', 'recherche'];
