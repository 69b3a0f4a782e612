/**
 * Is an element rendered, as far as the reader can tell? `checkVisibility()` answers for
 * elements with a box (display: none anywhere above, content-visibility: hidden, and with
 * the option, visibility: hidden); an element styled `display: contents` has no box of its own (so
 * checkVisibility() says false) while its children are laid out in its parent's place, so
 * it counts as rendered when its parent does. Browsers without checkVisibility read everything.
 */
export function isRendered(el: Element): boolean {
  if (typeof el.checkVisibility !== 'function') return true;
  if (el.checkVisibility(CHECK)) return true;
  for (let node: Element | null = el; node; node = node.parentElement) {
    if (!hasContentsDisplay(node)) return node !== el && node.checkVisibility(CHECK);
  }
  return true; // display: contents all the way up: nothing hides it
}

const CHECK = { visibilityProperty: true };

function hasContentsDisplay(el: Element): boolean {
  const view = el.ownerDocument?.defaultView;
  return !!view && view.getComputedStyle(el).display === 'contents';
}
