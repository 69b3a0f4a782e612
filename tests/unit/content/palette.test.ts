import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  EXTRA_ROLES,
  SPEAKER_COLOURS,
  SPEAKER_SLOTS,
  TINT_ALPHA,
  allHighlightNames,
  assignSlots,
  blend,
  contrastRatio,
  highlightCss,
  highlightNameFor,
  pageScheme,
  parseCssColour,
  type Rgb,
} from '../../../utils/page/palette';
import type { Speaker } from '../../../utils/engine/types';

const CSS_FILE = resolve(__dirname, '../../../entrypoints/content/highlights.css');

/** Typical article text and page background per scheme. */
const PAGES: Record<'light' | 'dark', { text: Rgb; paper: Rgb }> = {
  light: { text: [26, 26, 26], paper: [255, 255, 255] },
  dark: { text: [232, 232, 232], paper: [18, 18, 18] },
};

/** Colour-vision deficiency simulation (Viénot, Brettel & Mollon 1999, in linear RGB). */
const CVD: Record<string, number[][]> = {
  protanopia: [
    [0.11238, 0.88762, 0],
    [0.11238, 0.88762, 0],
    [0.00401, -0.00401, 1],
  ],
  deuteranopia: [
    [0.29275, 0.70725, 0],
    [0.29275, 0.70725, 0],
    [-0.02234, 0.02234, 1],
  ],
  // Tritanopia (Machado et al. 2009, severity 1).
  tritanopia: [
    [1.255528, -0.076749, -0.178779],
    [-0.078411, 0.930809, 0.147602],
    [0.004733, 0.691367, 0.3039],
  ],
};
const toLinear = (v: number) => {
  const s = v / 255;
  return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
};
const toSrgb = (v: number) => {
  const c = Math.min(1, Math.max(0, v));
  return 255 * (c <= 0.0031308 ? 12.92 * c : 1.055 * c ** (1 / 2.4) - 0.055);
};
function simulate(rgb: Rgb, matrix: number[][]): Rgb {
  const lin = rgb.map(toLinear);
  return matrix.map((row) => toSrgb(row[0] * lin[0] + row[1] * lin[1] + row[2] * lin[2])) as unknown as Rgb;
}
/** CIE76 ΔE in Lab: a plain, well-known distance for "can these be told apart". */
function lab(rgb: Rgb): [number, number, number] {
  const [r, g, b] = rgb.map(toLinear);
  const x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047;
  const y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  const z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883;
  const f = (t: number) => (t > 216 / 24389 ? Math.cbrt(t) : (24389 / 27 * t + 16) / 116);
  return [116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))];
}
const deltaE = (a: Rgb, b: Rgb) => {
  const [l1, a1, b1] = lab(a);
  const [l2, a2, b2] = lab(b);
  return Math.hypot(l1 - l2, a1 - a2, b1 - b2);
};

describe('palette', () => {
  it('keeps article text readable on every tint, on light and dark pages (WCAG AA, 4.5:1)', () => {
    for (const scheme of ['light', 'dark'] as const) {
      const { text, paper } = PAGES[scheme];
      for (const colour of SPEAKER_COLOURS) {
        const tint = blend(colour.rgb, TINT_ALPHA[scheme], paper);
        expect(contrastRatio(text, tint), `${colour.name} on ${scheme}`).toBeGreaterThanOrEqual(4.5);
      }
    }
  });

  it('keeps the speaker colours apart for common colour-vision deficiencies', () => {
    const names = SPEAKER_COLOURS.map((c) => c.name);
    for (const [kind, matrix] of Object.entries(CVD)) {
      let closest = Infinity;
      let pair = '';
      for (let i = 0; i < SPEAKER_COLOURS.length; i++) {
        for (let j = i + 1; j < SPEAKER_COLOURS.length; j++) {
          const d = deltaE(simulate(SPEAKER_COLOURS[i].rgb, matrix), simulate(SPEAKER_COLOURS[j].rgb, matrix));
          if (d < closest) [closest, pair] = [d, `${names[i]}/${names[j]}`];
        }
      }
      // ΔE ≈ 10 is clearly distinct side by side; underline shapes add a second cue.
      expect(closest, `${kind}: closest pair ${pair}`).toBeGreaterThan(10);
    }
  });

  it('gives the most quoted speakers distinct slots and keeps anonymous sources out', () => {
    const speaker = (id: string, kind: Speaker['kind'] = 'person'): Speaker => ({
      id, name: id, aliases: [], kind, role: null, country: null, count: 1, words: 1,
    });
    const speakers = [speaker('a'), speaker('anon', 'anonymous'), ...Array.from({ length: SPEAKER_SLOTS + 1 }, (_, i) => speaker(`p${i}`))];
    const slots = assignSlots({ speakers });
    expect(slots.get('a')).toBe(0);
    expect(slots.has('anon')).toBe(false);
    expect(slots.get('p0')).toBe(1);
    expect(new Set([...slots.values()].slice(0, SPEAKER_SLOTS)).size).toBe(SPEAKER_SLOTS);
    expect(slots.get(`p${SPEAKER_SLOTS - 1}`)).toBe(0); // wraps after every slot is used
    const anonymous = new Set(['anon']);
    expect(highlightNameFor({ speakerId: 'a' }, slots, anonymous, 'light')).toBe('quotelens-s0');
    expect(highlightNameFor({ speakerId: 'a' }, slots, anonymous, 'dark')).toBe('quotelens-dark-s0');
    expect(highlightNameFor({ speakerId: 'anon' }, slots, anonymous, 'light')).toBe('quotelens-anonymous');
    expect(highlightNameFor({ speakerId: null }, slots, anonymous, 'light')).toBe('quotelens-unattributed');
    expect(highlightNameFor({ speakerId: 'ghost' }, slots, anonymous, 'light')).toBe('quotelens-unattributed');
  });

  it('ships CSS with ::highlight() rules only, for every name we register, and nothing else', () => {
    if (process.env.UPDATE_CSS) writeFileSync(CSS_FILE, highlightCss());
    const css = readFileSync(CSS_FILE, 'utf8');
    expect(css, 'highlights.css is stale: run UPDATE_CSS=1 npx vitest run tests/unit/content/palette.test.ts').toBe(highlightCss());
    const withoutComments = css.replace(/\/\*[\s\S]*?\*\//g, '');
    const selectors = [...withoutComments.matchAll(/([^{}]+)\{[^}]*\}/g)].map((m) => m[1].trim());
    expect(selectors.length).toBe(allHighlightNames().length);
    for (const selector of selectors) expect(selector).toMatch(/^::highlight\(quotelens-[a-z0-9-]+\)$/);
    for (const name of allHighlightNames()) expect(css).toContain(`::highlight(${name})`);
    expect(withoutComments).not.toMatch(/@import|@font-face|url\(|!important/);
    expect(EXTRA_ROLES).toContain('anonymous');
  });

  it('reads the page scheme from the article background, else from its text colour', () => {
    document.body.innerHTML = '<main style="background-color: rgb(20, 20, 24); color: rgb(240, 240, 240)"><p id="dark">x</p></main><p id="light" style="color: rgb(10,10,10)">y</p><section style="color: rgb(230,230,230)"><p id="canvas">z</p></section>';
    expect(pageScheme(document.getElementById('dark'))).toBe('dark');
    expect(pageScheme(document.getElementById('light'))).toBe('light');
    expect(pageScheme(document.getElementById('canvas'))).toBe('dark');
    expect(pageScheme(null)).toBe('light');
  });

  it('parses computed colours', () => {
    expect(parseCssColour('rgb(1, 2, 3)')).toEqual({ rgb: [1, 2, 3], alpha: 1 });
    expect(parseCssColour('rgba(1, 2, 3, 0.5)')).toEqual({ rgb: [1, 2, 3], alpha: 0.5 });
    expect(parseCssColour('rgb(1 2 3 / 50%)')).toEqual({ rgb: [1, 2, 3], alpha: 0.5 });
    expect(parseCssColour('transparent')).toBeNull();
    expect(parseCssColour(undefined)).toBeNull();
  });
});
