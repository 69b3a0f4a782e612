/**
 * Hostile and huge pages, generated at test time (no megabytes in git). The same HTML
 * feeds the DOM-library unit tests (detect/collect) and the real-browser tests, where each
 * page also carries SELF_CHECK: a page script proving the page still works after
 * QuoteLens ran (its own clicks and pointer listeners still fire, nobody but the page
 * changed its nodes except our one documented UI host, its layout did not move, no
 * CSP violation was caused).
 */
import { bigArticle } from './inputs';

/** Statement-laden paragraphs of our own writing, in English. */
export const ARTICLE_PARAGRAPHS = [
  '“We will not accept a deal that leaves our harbours empty,” said Maria Lindqvist, the fisheries minister, on Tuesday.',
  'The union’s president, Tomas Berg, told reporters that the quotas had been “drawn up in a hurry” and would be challenged in court.',
  'According to a senior official who asked not to be named, the ministry expects the talks to resume next month.',
  '“Our members have waited three years for this,” Berg added. “They will not wait three more.”',
  'Lindqvist said the government remained open to a compromise on the northern fishing grounds, but warned that the budget left little room.',
  'The European Commission declined to comment, a spokesperson said in a statement.',
];

export const ARTICLE_TITLE = 'Fishing quotas: the minister and the union dig in';

const HEAD_META = `<meta charset="utf-8"><meta property="og:type" content="article">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${ARTICLE_TITLE}","inLanguage":"en"}</script>`;

export function articleBody(paragraphs = ARTICLE_PARAGRAPHS): string {
  return paragraphs.map((p) => `<p>${p}</p>`).join('\n');
}

/**
 * The page's own health check. Exposes window.__selfCheck() → a report the test reads
 * from the main world; marks its own DOM changes through window.__pageMutate(fn) so that
 * any other change is known to come from someone else (an extension).
 */
export const SELF_CHECK = `
(function () {
  var report = { clicks: 0, pointermoves: 0, foreignMutations: [], cspViolations: [], errors: [], layoutShift: 0, ownHighlight: null, quotelensHighlights: null };
  var watched = [];
  // Kept before any later page script can shadow CSS.highlights in this world.
  var registry = window.CSS && CSS.highlights;
  var NativeHighlight = window.Highlight;
  var observer = new MutationObserver(function (records) {
    records.forEach(function (r) {
      // Our one documented addition: the QuoteLens UI host, a childless <div> (its content
      // lives in a closed shadow root) added directly under <html>, outside the page's body.
      var isHost = function (n) { return n.nodeType === 1 && n.localName === 'div' && !n.firstChild && (n.parentNode === document.documentElement || r.target === document.documentElement); };
      var added = Array.prototype.slice.call(r.addedNodes).concat(Array.prototype.slice.call(r.removedNodes));
      if (r.type === 'childList' && added.length && added.every(isHost)) return;
      if (r.type === 'attributes' && isHost(r.target)) return;
      var t = r.target;
      report.foreignMutations.push(r.type + ' on <' + (t.localName || t.nodeName) + '>' + (r.attributeName ? ' [' + r.attributeName + ']' : ''));
    });
  });
  // The page's own changes go through __pageMutate; the layout baseline follows them.
  window.__pageMutate = function (fn) { try { fn(); } finally { observer.takeRecords(); rebaseline(); } };
  document.addEventListener('securitypolicyviolation', function (e) { report.cspViolations.push(e.violatedDirective + ' ' + (e.blockedURI || '') + ' ' + (e.sourceFile || '')); });
  window.addEventListener('error', function (e) { report.errors.push(String(e.message)); });
  document.addEventListener('pointermove', function () { report.pointermoves++; });
  function boxes() { return watched.map(function (el) { var r = el.getBoundingClientRect(); return [r.left + window.scrollX, r.top + window.scrollY, r.width, r.height]; }); }
  var before = null;
  function rebaseline() {
    watched = Array.prototype.slice.call(document.querySelectorAll('p, h1')).slice(0, 20);
    before = boxes();
  }
  function setup() {
    // Watch from the end of parsing: from here on, only scripts change the DOM.
    observer.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
    var button = document.createElement('button');
    button.id = 'page-button';
    button.textContent = 'Page button';
    button.addEventListener('click', function () { report.clicks++; });
    window.__pageMutate(function () { (document.body || document.documentElement).appendChild(button); });
    rebaseline();
    // A page that uses the Custom Highlight API itself: its entry must survive us.
    if (registry && NativeHighlight && watched[0] && watched[0].firstChild) {
      var r = new Range();
      r.setStart(watched[0].firstChild, 0);
      r.setEnd(watched[0].firstChild, Math.min(5, watched[0].firstChild.length));
      registry.set('page-own-mark', new NativeHighlight(r));
    }
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', setup); else setup();
  window.__selfCheck = function () {
    var now = boxes();
    report.layoutShift = 0;
    for (var i = 0; i < now.length; i++) for (var k = 0; k < 4; k++) report.layoutShift = Math.max(report.layoutShift, Math.abs(now[i][k] - (before ? before[i][k] : now[i][k])));
    report.ownHighlight = registry ? (registry.has('page-own-mark') ? registry.get('page-own-mark').size : 0) : null;
    report.quotelensHighlights = registry ? Array.from(registry.keys()).filter(function (k) { return k.indexOf('quotelens-') === 0 && k !== 'quotelens-squatter'; }).length : null;
    report.foreignMutations = report.foreignMutations.concat(observer.takeRecords().map(function (r) { return r.type + ' (pending)'; }));
    return JSON.parse(JSON.stringify(report));
  };
})();`;

function page(title: string, body: string, { head = HEAD_META, nonce = '', selfCheck = true } = {}): string {
  const n = nonce ? ` nonce="${nonce}"` : '';
  if (!selfCheck) return `<!DOCTYPE html>\n<html lang="en">\n<head>${head}\n<title>${title}</title>\n</head>\n<body>\n${body}\n</body>\n</html>`;
  return `<!DOCTYPE html>
<html lang="en">
<head>${head}
<title>${title}</title>
<script${n}>${SELF_CHECK}</script>
</head>
<body>
${body}
</body>
</html>`;
}

/** The plain article (baseline for every variant). */
export function plainArticlePage(): string {
  return page(ARTICLE_TITLE, `<article><h1>${ARTICLE_TITLE}</h1>\n${articleBody()}</article>`);
}

/** An article followed by comment threads and sidebars totalling about `nodes` DOM nodes. */
export function bigNodesPage(nodes = 50_000): string {
  const perComment = 5; // li, span, text, p, text
  const comments: string[] = [];
  for (let i = 0; i < nodes / perComment; i++) comments.push(`<li><span>user${i}</span><p>Comment ${i}: “I said this before,” he said.</p></li>`);
  return page(
    `${ARTICLE_TITLE} (50,000 nodes)`,
    `<article><h1>${ARTICLE_TITLE}</h1>\n${articleBody()}</article>\n<aside class="comments"><ol>${comments.join('')}</ol></aside>`,
  );
}

/** The article's paragraphs each wrapped in `depth` nested divs (parsers flatten past their limits). */
export function deepNestingPage(depth = 5_000): string {
  const open = '<div class="wrap">'.repeat(depth);
  const close = '</div>'.repeat(depth);
  return page(`${ARTICLE_TITLE} (deep)`, `<article><h1>${ARTICLE_TITLE}</h1>${open}${articleBody()}${close}</article>`);
}

/** Layout tables nested `depth` deep with the article in the innermost cell. */
export function nestedTablesPage(depth = 200): string {
  const open = '<table><tbody><tr><td>'.repeat(depth);
  const close = '</td></tr></tbody></table>'.repeat(depth);
  return page(`${ARTICLE_TITLE} (tables)`, `${open}<h1>${ARTICLE_TITLE}</h1>${articleBody()}${close}`);
}

/** An article whose outer page holds iframes (one srcdoc article, one empty), and a frameset page. */
export function framesPage(): string {
  const inner = plainArticlePage().replace(/"/g, '&quot;');
  return page(`${ARTICLE_TITLE} (frames)`, `<article><h1>${ARTICLE_TITLE}</h1>${articleBody()}</article>\n<iframe srcdoc="${inner}" width="600" height="200"></iframe><iframe src="about:blank"></iframe>`);
}

export function framesetPage(): string {
  return `<!DOCTYPE html><html><head><title>Frames</title></head><frameset cols="50%,50%"><frame src="about:blank"><frame src="about:blank"></frameset></html>`;
}

/** The article in the light DOM plus statements inside a declarative and a scripted shadow root. */
export function shadowDomPage(): string {
  return page(
    `${ARTICLE_TITLE} (shadow DOM)`,
    `<article><h1>${ARTICLE_TITLE}</h1>${articleBody()}
<div id="declarative"><template shadowrootmode="open"><p>“Inside a shadow root,” the widget said.</p><slot></slot></template><p>Slotted: “I am slotted,” she said.</p></div>
<div id="scripted"></div></article>
<script>window.__pageMutate(function () { var root = document.getElementById('scripted').attachShadow({ mode: 'closed' }); var p = document.createElement('p'); p.textContent = '“Closed shadow text,” he said.'; root.appendChild(p); });</script>`,
  );
}

export const EDITOR_MARKER = 'EDITOR-DRAFT';

/** An article with a comment editor (contenteditable) full of quotes, and a textarea. */
export function contentEditablePage(): string {
  return page(
    `${ARTICLE_TITLE} (editor)`,
    `<article><h1>${ARTICLE_TITLE}</h1>${articleBody()}</article>
<section><h2>Your comment</h2>
<div id="editor" contenteditable="true"><p>${EDITOR_MARKER} “This is my draft quote,” the commenter said.</p><p>${EDITOR_MARKER} “A second one,” she added.</p></div>
<div contenteditable="plaintext-only">${EDITOR_MARKER} “Plain editor,” he said.</div>
<textarea>${EDITOR_MARKER} “Textarea quote,” they said.</textarea></section>`,
  );
}

/** A CMS-style editor where the whole article sits inside an editable region. */
export function editableArticlePage(): string {
  return page(`${ARTICLE_TITLE} (editing)`, `<div contenteditable="true" id="editor"><article><h1>${ARTICLE_TITLE}</h1>${articleBody(ARTICLE_PARAGRAPHS.map((p) => `${EDITOR_MARKER} ${p}`))}</article></div>`);
}

/** Misnested, unclosed and junk markup around the article. */
export function invalidMarkupPage(unclosed = 3000): string {
  const junk = '<b><i>'.repeat(unclosed) + '</p></div></span>'.repeat(500) + '<p<p<p>>>' + '\u0000\u0001' + '<!-- unclosed comment';
  return `<!DOCTYPE html><html lang="en"><head>${HEAD_META}<title>${ARTICLE_TITLE}</title><script>${SELF_CHECK}</script></head>
<body><article><h1>${ARTICLE_TITLE}</h1><p>${ARTICLE_PARAGRAPHS[0]}<div>${ARTICLE_PARAGRAPHS[1]}</p></div><table><p>${ARTICLE_PARAGRAPHS[2]}</table>
<p title="${'"'.repeat(10)}${'x'.repeat(100_000)}">${ARTICLE_PARAGRAPHS[3]}<p>${ARTICLE_PARAGRAPHS[4]}</html></body><p>${ARTICLE_PARAGRAPHS[5]}</p>${junk}`;
}

/**
 * A page whose own script redefines Highlight and CSS.highlights in its world, registers
 * its own highlights, including one that squats on our name prefix.
 */
export function hostileHighlightPage(): string {
  return page(
    `${ARTICLE_TITLE} (own highlights)`,
    `<article><h1>${ARTICLE_TITLE}</h1>${articleBody()}</article>
<script>
(function () {
  var p = document.querySelector('article p');
  var r = new Range(); r.selectNodeContents(p);
  CSS.highlights.set('quotelens-squatter', new Highlight(r));
  CSS.highlights.set('search-results', new Highlight(r));
  var NativeHighlight = window.Highlight;
  window.Highlight = function () { throw new Error('page says no highlights'); };
  try { Object.defineProperty(CSS, 'highlights', { get: function () { throw new Error('page hides the registry'); } }); } catch (e) {}
  window.__pageHighlights = function () { return { ok: typeof NativeHighlight === 'function' }; };
})();
</script>`,
  );
}

/** A page whose script rewrites and removes the paragraphs once QuoteLens painted them. */
export function mutatingPage(): string {
  return page(
    `${ARTICLE_TITLE} (mutating)`,
    `<article><h1>${ARTICLE_TITLE}</h1>${articleBody()}</article>
<script>
window.__mutateArticle = function () {
  window.__pageMutate(function () {
    var ps = document.querySelectorAll('article p');
    ps[0].remove();
    ps[1].textContent = 'Rewritten by the page: ' + ps[1].textContent.slice(0, 40);
    ps[2].firstChild.data = 'x';
    ps[3].innerHTML = '<em>replaced</em> markup';
  });
};
</script>`,
  );
}

/** A single-page app that swaps its article on pushState navigations. */
export function spaPage(): string {
  return page(
    `${ARTICLE_TITLE} (SPA)`,
    `<div id="app"><article><h1>${ARTICLE_TITLE}</h1>${articleBody()}</article></div>
<script>
window.__navigate = function (i) {
  window.__pageMutate(function () {
    history.pushState({ i: i }, '', '?story=' + i);
    var speakers = ['Anna Kovacs', 'Li Wei', 'Omar Haddad', 'Sofia Rossi'];
    var who = speakers[i % speakers.length];
    document.getElementById('app').innerHTML = '<article><h1>Story ' + i + '</h1>' +
      ${JSON.stringify(ARTICLE_PARAGRAPHS.slice(0, 4).map((p) => `<p>${p}</p>`).join(''))}.split('Lindqvist').join(who) + '</article>';
    document.title = 'Story ' + i;
  });
};
</script>`,
  );
}

/** A strict Content-Security-Policy (served as a header): only the page's nonce'd script runs. */
export const STRICT_CSP_NONCE = 'q7Lx2s';
export const STRICT_CSP = `default-src 'none'; script-src 'nonce-${STRICT_CSP_NONCE}'; style-src 'self'; img-src 'self'; connect-src 'none'; frame-src 'none'; base-uri 'none'; form-action 'none'`;

export function strictCspPage(): string {
  return page(`${ARTICLE_TITLE} (strict CSP)`, `<article><h1>${ARTICLE_TITLE}</h1>${articleBody()}</article>`, { nonce: STRICT_CSP_NONCE });
}

/** Markup that a page shows as text (escaped in its HTML) inside quotes, names, roles and channels. */
export const MARKUP_TEXT = [
  '<img src=x onerror="window.__quotelensPwned=1">',
  '<script>window.__quotelensPwned=1</script>',
  '<svg onload="window.__quotelensPwned=1">',
];

export function markupTextPage(): string {
  const esc = (t: string) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const [img, script, svg] = MARKUP_TEXT.map(esc);
  const paragraphs = [
    `“${img} is what we found in the logs,” said Eve Mallory, the ${svg} security minister, on Monday.`,
    `Mallory told ${script} Radio that the attack had been contained.`,
    `“We will publish everything, ${script} included,” she added.`,
    `According to ${img} Daily, the ministry had been warned twice.`,
    `“Nobody listened to us,” said Ken ${img} Adeyemi, a researcher, who first reported the flaw.`,
    `The ministry said in a statement that ${svg} was “a deliberate provocation”.`,
  ];
  return page(`${ARTICLE_TITLE} (markup as text)`, `<article><h1>Markup shown as text</h1>${articleBody(paragraphs)}</article>`);
}

/**
 * About 1 MB of article text (the repository's fixture articles cycled) in one page. Without
 * the self-check script: it measures layout (forcing a 1 MB layout at DOMContentLoaded), which
 * would blur the long-task measurements this page is for.
 */
export function bigArticlePage(chars = 1_000_000): string {
  const text = bigArticle(chars);
  const paragraphs = text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => `<p>${p.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</p>`);
  return page(`A very long article (${Math.round(chars / 1000)} kB)`, `<article><h1>A very long article</h1>\n${paragraphs.join('\n')}</article>`, { selfCheck: false });
}

/**
 * Every hostile page by file name, as the fixture server serves them (hostile-*.html, big-*.html).
 * `maxDepth` caps nesting for DOM libraries whose selector engines recurse (happy-dom overflows
 * its stack near 5,000 levels; browsers' parsers flatten at 512 anyway).
 */
export function hostilePages({ maxDepth = 5_000 }: { maxDepth?: number } = {}): Record<string, string> {
  return {
    '/hostile-plain.html': plainArticlePage(),
    '/big-50k-nodes.html': bigNodesPage(),
    '/hostile-deep-nesting.html': deepNestingPage(Math.min(5_000, maxDepth)),
    '/hostile-nested-tables.html': nestedTablesPage(),
    '/hostile-frames.html': framesPage(),
    '/hostile-frameset.html': framesetPage(),
    '/hostile-shadow-dom.html': shadowDomPage(),
    '/hostile-contenteditable.html': contentEditablePage(),
    '/hostile-editable-article.html': editableArticlePage(),
    '/hostile-invalid-markup.html': invalidMarkupPage(Math.min(3_000, maxDepth / 2)),
    '/hostile-own-highlights.html': hostileHighlightPage(),
    '/hostile-mutating.html': mutatingPage(),
    '/hostile-spa.html': spaPage(),
    '/hostile-strict-csp.html': strictCspPage(),
    '/hostile-markup-text.html': markupTextPage(),
    '/big-1mb-article.html': bigArticlePage(),
  };
}
