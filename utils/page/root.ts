/**
 * Find the element that holds the article body. Publishers' own marker
 * (itemprop=articleBody) wins when it holds text; otherwise paragraphs vote for their
 * containers (parent fully, grandparent half, great-grandparent a third, as in Firefox's
 * Reader View), votes from furniture (nav, comments, related teasers, hidden nodes) are
 * dropped, and the winner climbs to the ancestor that also holds body parts split into
 * sibling blocks. Only <p> elements (and, on pages without them, text-bearing divs) are
 * read, so the cost follows the number of paragraphs, not the size of the page.
 */
import { collapsedLength, furnitureLevel, isElement, isHiddenByAttribute, MAX_DEPTH, measureText, precedesTest, tagOf } from './dom';
import { openingOf } from './metadata';
import { newShapeCache, SHAPED, shapeVerdict, TOO_LONG } from './structure';

export interface BodyRoot {
  root: Element | null;
  /** How the root was chosen: "itemprop-articleBody", "paragraph-score", "none". */
  via: string;
  /** Collapsed characters of the paragraphs that voted for the root. */
  chars: number;
  /** Paragraphs under the root that voted. */
  paragraphs: number;
  /** Share of all paragraph votes on the page that the root holds (0..1). */
  share: number;
  /** Link characters / characters under the root. */
  linkDensity: number;
  /** The last paragraph under the root that voted, in document order: where the body ends. */
  lastParagraph: Element | null;
  /** Link density of the root's text up to the end of lastParagraph (teasers after the body left out). */
  bodyLinkDensity: number;
}

export interface RootOptions {
  /** Most paragraphs read (hostile pages). */
  maxParagraphs?: number;
  /** Already-found <p> and itemprop=articleBody elements (from the page scan), to avoid querying again. */
  paragraphs?: ArrayLike<Element>;
  articleBodies?: ArrayLike<Element>;
  /** The opening of the JSON-LD articleBody (see metadata openingOf): the paragraph it starts is in the body. */
  bodyOpening?: string | null;
  /** The page declares a live blog: its timestamped entries are the body, not a comment thread. */
  liveBlog?: boolean;
}

const MIN_PARAGRAPH_CHARS = 25;
/** Paragraphs (or divs) that may vote: a sample of the page in document order, far more than any article has. */
const DEFAULT_MAX_PARAGRAPHS = 1200;
/** A parent is worth climbing to when it adds a quarter more paragraph weight. */
const CLIMB_GAIN = 1.25;
/** Content-free wrapper levels looked through when climbing. */
const MAX_WRAPPERS = 3;
/** Paragraph holders that are never the body root themselves. */
const INLINE_CONTAINERS = new Set(['blockquote', 'li', 'ul', 'ol', 'span', 'a', 'em', 'strong', 'b', 'i', 'font']);
const MIN_ITEMPROP_CHARS = 200;
/** Less <p> prose than this and text-bearing divs are read as paragraphs too. */
const THIN_PROSE_CHARS = 800;
/**
 * Paragraph text read for votes, per page. Choosing a root needs a sample, not the whole
 * text: no article runs this long, and past it a 1 MB page would spend tens of
 * milliseconds in one task reading text that cannot change the verdict.
 */
const VOTE_CHAR_BUDGET = 120_000;
/** Share of the page's paragraph weight the articleBody marker must hold to be trusted. */
const MARKED_SHARE = 0.6;

interface Vote {
  el: Element;
  chars: number;
  score: number;
  chain: Element[];
}

const NO_ROOT: BodyRoot = { root: null, via: 'none', chars: 0, paragraphs: 0, share: 0, linkDensity: 0, lastParagraph: null, bodyLinkDensity: 0 };

export function findBodyRoot(doc: Document, opts: RootOptions = {}): BodyRoot {
  const body = doc.body;
  if (!body) return NO_ROOT;
  const max = opts.maxParagraphs ?? DEFAULT_MAX_PARAGRAPHS;

  // Furniture is dropped before any text is read: comment threads cost one check, not a read per post.
  const budget = { chars: VOTE_CHAR_BUDGET };
  let votes = scoreVotes(dropFurnitureVotes(chainVotes(body, opts.paragraphs ?? body.getElementsByTagName('p'), max), !!opts.liveBlog), false, budget);
  if (votes.length < 3 || votes.reduce((sum, v) => sum + v.chars, 0) < THIN_PROSE_CHARS) {
    // Pages that write paragraphs as bare text in divs (<div>text<br><br>text</div>,
    // <div data-testid="paragraph-3">text</div>): too little <p> prose, so divs vote too.
    const divs = scoreVotes(chainVotes(body, body.querySelectorAll('div, td'), max, true), true, budget);
    votes = votes.concat(dropFurnitureVotes(divs, !!opts.liveBlog));
  }
  const totalScore = votes.reduce((sum, v) => sum + v.score, 0);

  // Trust the publisher's marker when it holds most of the page's prose; a marker on
  // the first paragraph only, or one per live-blog post, is left to the votes.
  const marked = publisherMarkedBody(opts.articleBodies ?? doc.querySelectorAll('[itemprop~="articleBody"]'));
  if (marked) {
    const markedScore = votes.reduce((sum, v) => (v.el === marked || v.chain.includes(marked) ? sum + v.score : sum), 0);
    if (!totalScore || markedScore / totalScore >= MARKED_SHARE) return describe(marked, 'itemprop-articleBody', votes, totalScore);
  }
  if (!votes.length) return NO_ROOT;

  // Votes: direct (parent, grandparent, great-grandparent) and subtree totals.
  const direct = new Map<Element, number>();
  const subtree = new Map<Element, number>();
  for (const vote of votes) {
    vote.chain.forEach((ancestor, level) => {
      if (level < 3) direct.set(ancestor, (direct.get(ancestor) ?? 0) + vote.score / (level + 1));
      subtree.set(ancestor, (subtree.get(ancestor) ?? 0) + vote.score);
    });
  }

  // Best of the top candidates once link-heavy ones are discounted.
  // (Only candidates within reach of the leader are measured: measuring is a text walk.)
  const ranked = [...direct.entries()].sort((a, b) => b[1] - a[1]);
  const top = ranked.slice(0, 5).filter(([, score]) => score >= ranked[0][1] * 0.5);
  let best: Element | null = null;
  let bestScore = -1;
  for (const [el, score] of top) {
    const { chars, linkChars } = measureText(el, 8000);
    const adjusted = score * (1 - (chars ? linkChars / chars : 0));
    if (adjusted > bestScore) {
      best = el;
      bestScore = adjusted;
    }
  }
  if (!best) return NO_ROOT;
  const voted = best;
  best = hintedCandidate(best, ranked, votes, opts.bodyOpening ?? null);
  // When the hint overruled the votes, never climb back to a block holding the outvoting one.
  const rival = best === voted ? null : voted;

  // Climb while an ancestor holds clearly more body (an article split into sibling
  // blocks). Wrappers that add nothing are looked through, a few levels at most, but
  // only adopted when an ancestor above them brings the gain.
  let probe: Element = best;
  let wrappers = 0;
  let depth = 0;
  while (probe !== body && probe.parentElement && depth++ < MAX_DEPTH) {
    const parent: Element = probe.parentElement;
    if (rival && parent.contains(rival)) break;
    const here = subtree.get(best) ?? 0;
    const there = subtree.get(parent) ?? 0;
    const inline = INLINE_CONTAINERS.has(tagOf(best));
    if (there >= here * CLIMB_GAIN || (inline && there > here)) {
      best = parent;
      probe = parent;
      wrappers = 0;
    } else if (there === (subtree.get(probe) ?? 0) && wrappers < MAX_WRAPPERS) {
      probe = parent;
      wrappers++;
    } else {
      break;
    }
  }
  return describe(best, 'paragraph-score', votes, totalScore);
}

/** Votes compared with the declared articleBody's opening (the body starts early). */
const MAX_HINT_VOTES = 60;

/**
 * The publisher's JSON-LD articleBody says where the body starts: when the paragraph it
 * opens with is found and the chosen block does not hold it, take the best-voted block
 * that does (a long thread or a teaser rail outvoted a short article).
 */
function hintedCandidate(best: Element, ranked: [Element, number][], votes: Vote[], opening: string | null): Element {
  if (!opening) return best;
  let first: Vote | null = null;
  for (let i = 0; i < votes.length && i < MAX_HINT_VOTES; i++) {
    if (openingOf(votes[i].el.textContent ?? '') === opening) {
      first = votes[i];
      break;
    }
  }
  if (!first || first.el === best || first.chain.includes(best)) return best;
  // The best-voted block around that paragraph that does not also hold the outvoting one.
  for (const [el] of ranked) if (first.chain.includes(el) && !el.contains(best)) return el;
  return best;
}

/** The publisher's own body marker, when it holds real text. */
function publisherMarkedBody(marked: ArrayLike<Element>): Element | null {
  let best: Element | null = null;
  let bestChars = 0;
  for (let i = 0; i < marked.length && i < 10; i++) {
    const el = marked[i];
    if (tagOf(el) === 'meta' || isHiddenByAttribute(el)) continue;
    const { chars } = measureText(el, 600); // enough to tell a body from a stub
    if (chars > bestChars) {
      best = el;
      bestChars = chars;
    }
  }
  return bestChars >= MIN_ITEMPROP_CHARS ? best : null;
}

/** A would-be vote per element, with its ancestor chain up to <body> (text not read yet). */
function chainVotes(body: Element, list: ArrayLike<Element>, max: number, selfIsContainer = false): Vote[] {
  const votes: Vote[] = [];
  for (let i = 0; i < list.length && i < max; i++) {
    const el = list[i];
    const chain: Element[] = [];
    let node: Element | null = selfIsContainer ? el : el.parentElement;
    while (node && chain.length < MAX_DEPTH) {
      chain.push(node);
      if (node === body) break;
      node = node.parentElement;
    }
    if (node !== body) continue; // detached or deeper than we follow
    votes.push({ el, chars: 0, score: 0, chain });
  }
  return votes;
}

/**
 * Read the text of each vote; keep those long enough to be prose, scored like Reader View.
 * Votes past the character budget are not read (the first ones, in document order, decide).
 */
function scoreVotes(votes: Vote[], directTextOnly: boolean, budget: { chars: number }): Vote[] {
  const kept: Vote[] = [];
  for (const vote of votes) {
    if (budget.chars <= 0) break;
    const text = directTextOnly ? directText(vote.el) : (vote.el.textContent ?? '').slice(0, 20000);
    budget.chars -= text.length;
    const chars = collapsedLength(text);
    if (chars < MIN_PARAGRAPH_CHARS) continue;
    const commas = (text.match(/[,，،、]/g) ?? []).length;
    vote.chars = chars;
    vote.score = 1 + Math.min(commas, 10) + Math.min(3, Math.floor(chars / 100));
    kept.push(vote);
  }
  return kept;
}

function directText(el: Element): string {
  let text = '';
  for (let child = el.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === 3) text += (child as Text).data;
    else if (isElement(child) && ['a', 'em', 'strong', 'b', 'i', 'span'].includes(tagOf(child))) text += child.textContent ?? '';
  }
  return text;
}

/**
 * Drop votes cast from inside furniture: hidden nodes, nav/aside/footer, comment threads
 * and related teasers always; weaker furniture words ("share", "tools", a <form>) unless
 * that container holds most of the page's paragraphs (then the word was a false alarm,
 * e.g. "article has-share-bar", or a whole page wrapped in a <form>).
 */
function dropFurnitureVotes(votes: Vote[], liveBlog: boolean): Vote[] {
  const level = new Map<Element, 0 | 1 | 2>();
  const levelOf = (el: Element): 0 | 1 | 2 => {
    let v = level.get(el);
    if (v === undefined) {
      const tag = tagOf(el);
      v = tag === 'body' || tag === 'html' ? 0 : furnitureLevel(el);
      level.set(el, v);
    }
    return v;
  };
  // Pass 1: strong furniture (outermost ancestors first: one cached verdict on a comments
  // section settles all its posts).
  // Then teaser cards and form boxes told by shape (before the weak words are weighed:
  // dozens of unnamed teaser summaries would otherwise outnumber the article's paragraphs).
  const kept = dropShapedVotes(
    votes.filter((vote) => {
      for (let i = vote.chain.length - 1; i >= 0; i--) if (levelOf(vote.chain[i]) === 2) return false;
      return levelOf(vote.el) !== 2;
    }),
    liveBlog,
  );
  // Pass 2: weak furniture words, forgiven on a container that holds most of what is left.
  const count = new Map<Element, number>();
  for (const vote of kept) for (const a of vote.chain) count.set(a, (count.get(a) ?? 0) + 1);
  const half = kept.length / 2;
  const weak = (el: Element) => levelOf(el) === 1 && (count.get(el) ?? 0) <= half;
  return kept.filter((vote) => !weak(vote.el) && !vote.chain.some(weak));
}

/** Block levels above a paragraph looked at for a card, box or post shape (a reply sits four deep: p, its div, the reply, the reply list, the post). */
const SHAPE_LEVELS = 4;

/**
 * Drop votes from paragraphs that sit in a teaser card (a linked headline and a short
 * summary), a form box (a newsletter sign-up) or a post of a comment thread, told by
 * shape: on sites with hashed class names, dozens of related-story summaries or readers'
 * comments would otherwise outvote the article and drag the root up to <body>.
 */
function dropShapedVotes(votes: Vote[], liveBlog: boolean): Vote[] {
  const cache = newShapeCache({ liveBlog });
  return votes.filter((vote) => {
    for (let level = 0; level < SHAPE_LEVELS && level < vote.chain.length; level++) {
      const block = vote.chain[level];
      const tag = tagOf(block);
      if (tag === 'body' || tag === 'html') break;
      const verdict = shapeVerdict(block, cache);
      if (verdict === SHAPED) return false;
      if (verdict === TOO_LONG) break; // its ancestors are longer still: no card, box or post
    }
    return true;
  });
}

function describe(root: Element, via: string, votes: Vote[], totalScore: number): BodyRoot {
  let chars = 0;
  let paragraphs = 0;
  let score = 0;
  // Votes come in document order, <p> votes first, then any div votes: one last of each.
  let lastP: Element | null = null;
  let lastDiv: Element | null = null;
  for (const vote of votes) {
    if (vote.el === root || vote.chain.includes(root)) {
      chars += vote.chars;
      paragraphs++;
      score += vote.score;
      if (tagOf(vote.el) === 'p') lastP = vote.el;
      else lastDiv = vote.el;
    }
  }
  const lastParagraph = lastP && lastDiv ? (precedesTest(lastDiv)(lastP) ? lastDiv : lastP) : (lastP ?? lastDiv);
  const { chars: all, linkChars, atMark } = measureText(root, 20000, true, undefined, lastParagraph);
  if (via === 'itemprop-articleBody' && paragraphs === 0) {
    chars = all;
    paragraphs = 1;
  }
  const linkDensity = all ? linkChars / all : 0;
  const bodyLinkDensity = atMark ? (atMark.chars ? atMark.linkChars / atMark.chars : 0) : linkDensity;
  return { root, via, chars, paragraphs, share: totalScore ? score / totalScore : 1, linkDensity, lastParagraph, bodyLinkDensity };
}
