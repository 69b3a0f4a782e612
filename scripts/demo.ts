/**
 * npm run demo [-- [PAGE.html] [--out DIR]]
 *
 * The built extension in headless Chromium on the bundled sample article (a French news page
 * under tests/fixtures/pages/), served from 127.0.0.1. Writes page.png (the annotated
 * article), hover.png (the hover card over the first statement) and popup.png (the popup for
 * that tab) to demo-output/, and prints the speaker table from the extension's own analysis.
 * Builds the Chrome extension first when the build is missing or older than the sources.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import type { Analysis } from '../utils/engine/types';
import type { PageState } from '../utils/messages';
import { serveFixtures, type FixtureServer } from '../tests/browser/lib/server';
import { isSettled, launchChromium, type ChromiumHandle } from '../tests/browser/lib/chromium';
import { CHROME_BUILD, requireBrowser } from '../tests/browser/lib/env';

const DEFAULT_PAGE = 'tests/fixtures/pages/seed-choigou.html';
const SOURCES = ['entrypoints', 'components', 'utils', 'public', 'locales', 'wxt.config.ts', 'package.json'];
const ANALYSIS_TIMEOUT_MS = 30_000;

interface Args {
  page: string;
  out: string;
}

function parseArgs(argv: string[]): Args {
  const args: Args = { page: DEFAULT_PAGE, out: 'demo-output' };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--out') args.out = argv[++i] ?? fail('--out needs a folder');
    else if (arg === '--help' || arg === '-h') {
      console.log('usage: npm run demo -- [PAGE.html] [--out DIR]');
      process.exit(0);
    } else if (arg.startsWith('-')) fail(`unknown option ${arg} (usage: npm run demo -- [PAGE.html] [--out DIR])`);
    else args.page = arg;
  }
  return args;
}

function fail(message: string): never {
  throw new Error(message);
}

/** Newest modification time under the given paths (files and folders, recursively). */
function newestMtime(paths: string[]): number {
  let newest = 0;
  const visit = (path: string) => {
    if (!existsSync(path)) return;
    const info = statSync(path);
    if (info.isDirectory()) for (const name of readdirSync(path)) visit(join(path, name));
    else newest = Math.max(newest, info.mtimeMs);
  };
  paths.forEach(visit);
  return newest;
}

function ensureBuild() {
  const manifest = join(CHROME_BUILD, 'manifest.json');
  const builtAt = existsSync(manifest) ? statSync(manifest).mtimeMs : 0;
  if (builtAt > newestMtime(SOURCES)) return;
  console.log(builtAt ? 'Sources changed since the last build: building the Chrome extension…' : 'Building the Chrome extension…');
  const result = spawnSync('npx', ['wxt', 'build'], { stdio: ['ignore', 'inherit', 'inherit'] });
  if (result.status !== 0) fail('the extension build failed (see above); fix it or run `npm run build`');
}

async function waitForAnalysis(ext: ChromiumHandle, page: Page): Promise<PageState> {
  try {
    return await ext.waitForState(page, isSettled, ANALYSIS_TIMEOUT_MS);
  } catch (error) {
    fail(`the content script did not finish within ${ANALYSIS_TIMEOUT_MS / 1000} s: ${(error as Error).message}`);
  }
}

/**
 * Where a statement is on screen: the centre of the first line of its text, found by
 * searching the page's text (across inline elements) for the statement's opening words.
 */
async function locateText(page: Page, text: string): Promise<{ x: number; y: number } | null> {
  // No named helper functions inside: tsx would wrap them in a __name() the page lacks.
  return page.evaluate((needle: string) => {
    const nodes: Text[] = [];
    const starts: number[] = [];
    let all = '';
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      nodes.push(node as Text);
      starts.push(all.length);
      all += node.nodeValue ?? '';
    }
    // Whitespace may differ between the analysed text and the DOM: compare squashed prefixes.
    const words = needle.replace(/\s+/g, ' ').trim().split(' ').slice(0, 6).join(' ');
    const flat = all.replace(/\s+/g, ' ');
    const at = flat.indexOf(words);
    if (at < 0 || !words) return null;
    // Map the squashed offset back to the raw text.
    let raw = 0;
    for (let seen = 0; raw < all.length && seen < at; raw++) {
      if (!(/\s/.test(all[raw]) && raw > 0 && /\s/.test(all[raw - 1]))) seen++;
    }
    const index = starts.findLastIndex((start) => start <= raw);
    const node = nodes[index];
    const offset = raw - starts[index];
    const range = document.createRange();
    range.setStart(node, offset);
    range.setEnd(node, Math.min(node.length, offset + 12));
    // Keep the top of the article (headline) in view when the statement is already on screen.
    const before = range.getBoundingClientRect();
    if (before.top < 0 || before.bottom > window.innerHeight - 160) {
      range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
    }
    const rect = range.getClientRects()[0] ?? range.getBoundingClientRect();
    return rect.width || rect.height ? { x: rect.left + Math.min(rect.width, 40) / 2, y: rect.top + rect.height / 2 } : null;
  }, text);
}

function pad(value: string, width: number): string {
  return value + ' '.repeat(Math.max(0, width - [...value].length));
}

export function speakerTable(analysis: Analysis): string {
  const header = ['Speaker', 'Kind', 'Role', 'Country', 'Statements', 'Words'];
  const rows = analysis.speakers.map((s) => [s.name, s.kind, s.role ?? '–', s.country ?? '–', String(s.count), String(s.words)]);
  const unattributed = analysis.quotes.filter((q) => q.speakerId === null).length;
  if (rows.length === 0) return '(no speaker found)';
  const widths = header.map((h, i) => Math.max([...h].length, ...rows.map((r) => [...r[i]].length)));
  const line = (cells: string[]) => cells.map((c, i) => pad(c, widths[i])).join('  ').trimEnd();
  const out = [line(header), widths.map((w) => '─'.repeat(w)).join('  '), ...rows.map(line)];
  if (unattributed) out.push(`(+ ${unattributed} statement${unattributed > 1 ? 's' : ''} without an identifiable source)`);
  return out.join('\n');
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const pagePath = resolve(args.page);
  if (!existsSync(pagePath)) fail(`no such page: ${args.page}`);
  requireBrowser('chromium');
  ensureBuild();

  const outDir = resolve(args.out);
  mkdirSync(outDir, { recursive: true });
  let server: FixtureServer | null = null;
  let ext: ChromiumHandle | null = null;
  try {
    server = await serveFixtures(dirname(pagePath));
    ext = await launchChromium({ viewport: { width: 1280, height: 1200 } });
    const page = await ext.newPage();
    const url = server.url(basename(pagePath));
    await page.goto(url, { waitUntil: 'load' });
    const state = await waitForAnalysis(ext, page);
    console.log(`Page: ${url}\nStatus: ${state.status}${state.error ? ` (${state.error})` : ''}`);

    const first = state.analysis?.quotes[0];
    const spot = first ? await locateText(page, first.text) : null;
    await page.waitForTimeout(300); // let the highlight paint after scrolling
    // The whole page, so that every speaker's colour shows (the article runs below the fold).
    await page.screenshot({ path: join(outDir, 'page.png'), fullPage: true });
    if (spot) {
      await page.mouse.move(spot.x - 30, spot.y - 20);
      await page.mouse.move(spot.x, spot.y, { steps: 8 });
      await page.waitForTimeout(600);
    } else {
      console.warn(first ? 'Could not find the first statement on screen; hover.png shows the page without a card.' : 'No statement to hover.');
    }
    await page.screenshot({ path: join(outDir, 'hover.png') });

    // The popup as a tab beside the page, told which tab to describe.
    await page.bringToFront();
    const tabId = await ext.tabIdOf(page);
    const popup = await ext.newPage();
    await popup.setViewportSize({ width: 400, height: 600 });
    await popup.goto(ext.popupUrl({ tab: String(tabId) }));
    await popup
      .waitForFunction(() => {
        const state = (document.querySelector('main.popup') as HTMLElement | null)?.dataset.popupState;
        return state && state !== 'loading';
      }, undefined, { timeout: 10_000 })
      .catch(() => console.warn('The popup did not leave its loading state within 10 s.'));
    await popup.screenshot({ path: join(outDir, 'popup.png'), fullPage: true });

    console.log('');
    if (state.analysis) {
      const a = state.analysis;
      console.log(`${a.article.title ?? '(untitled)'} — ${a.lang}, ${a.article.words} words, ${a.quotes.length} statements\n`);
      console.log(speakerTable(a));
    } else {
      console.log(`No analysis (${state.status}): the speaker table is empty.`);
    }
    console.log(`\nScreenshots written to ${relative(process.cwd(), outDir) || '.'}/: page.png, hover.png, popup.png`);
  } finally {
    await ext?.close();
    await server?.close();
  }
}

main().catch((error) => {
  console.error(`demo failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
