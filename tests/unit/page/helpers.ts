/** Shared helpers for the page tests: parse HTML with either DOM library, read fixtures. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';

export const FIXTURES = join(import.meta.dirname, '../../fixtures/pages');

export function fixture(name: string): string {
  return readFileSync(join(FIXTURES, name), 'utf8');
}

/** happy-dom (the test environment's DOM). */
export function happyDoc(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

/** linkedom (the CLI's DOM). */
export function linkeDoc(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}

export const PARSERS = [
  ['happy-dom', happyDoc],
  ['linkedom', linkeDoc],
] as const;

/** A page whose body is the given markup. */
export function page(body: string, head = ''): string {
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`;
}
