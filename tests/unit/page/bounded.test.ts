import { describe, expect, it } from 'vitest';
import { measureText, MEASURE_MAX_CHARS } from '../../../utils/page/dom';
import { detect } from '../../../utils/page/detect';
import { findBodyRoot } from '../../../utils/page/root';
import { linkeDoc, page } from './helpers';

/** A page whose article holds `paragraphs` paragraphs of about 500 characters, after a short nav. */
function hugeArticle(paragraphs: number): Document {
  const sentence = 'The minister said the plan, which was announced on Monday, would take years to complete. ';
  const p = `<p>${sentence.repeat(6)}</p>`;
  return linkeDoc(page(`<nav><p><a href="/a">Home</a></p></nav><article id="story"><h1>Headline</h1>${p.repeat(paragraphs)}</article><footer><p>Contact us.</p></footer>`));
}

describe('bounded reading on huge pages (a verdict needs a sample)', () => {
  it('measureText stops counting soon after its character cap', () => {
    const doc = hugeArticle(1000); // about 540,000 characters
    const { chars } = measureText(doc.getElementById('story')!, 1_000_000);
    expect(chars).toBeGreaterThanOrEqual(MEASURE_MAX_CHARS);
    expect(chars).toBeLessThan(MEASURE_MAX_CHARS + 2000);
  });

  it('still finds the article of a 1 MB page, from votes that read only part of it', () => {
    const doc = hugeArticle(2000);
    const body = findBodyRoot(doc);
    expect(body.root?.id).toBe('story');
    expect(body.chars).toBeGreaterThan(50_000); // far past every density threshold
    expect(body.chars).toBeLessThan(200_000); // but not the whole megabyte
    expect(detect(doc)).toMatchObject({ isArticle: true });
    expect(detect(doc).root?.id).toBe('story');
  });
});
