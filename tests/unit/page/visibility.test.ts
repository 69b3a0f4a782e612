import { describe, expect, it } from 'vitest';
import { isRendered } from '../../../utils/page/visibility';

/** happy-dom has no layout: give elements the answers a browser would. */
function element(display: string, visible: boolean, parent: Element | null = null): Element {
  const el = document.createElement('div');
  el.style.display = display;
  (el as Element & { checkVisibility(): boolean }).checkVisibility = () => visible;
  if (parent) parent.appendChild(el);
  else document.body.appendChild(el);
  return el;
}

describe('isRendered', () => {
  it('trusts checkVisibility for elements with a box', () => {
    expect(isRendered(element('block', true))).toBe(true);
    expect(isRendered(element('none', false))).toBe(false);
  });

  it('counts a display: contents wrapper as rendered when its parent is, not when its parent is hidden', () => {
    const shown = element('block', true);
    expect(isRendered(element('contents', false, shown))).toBe(true);
    const hidden = element('none', false);
    expect(isRendered(element('contents', false, hidden))).toBe(false);
    const nested = element('contents', false, element('contents', false, shown));
    expect(isRendered(nested)).toBe(true);
  });

  it('reads everything where the browser has no checkVisibility', () => {
    const el = document.createElement('p');
    (el as unknown as { checkVisibility?: unknown }).checkVisibility = undefined;
    expect(isRendered(el)).toBe(true);
  });
});
