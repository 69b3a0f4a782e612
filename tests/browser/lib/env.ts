import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const CHROMIUM_PATH = process.env.QUOTELENS_CHROMIUM ?? '/usr/bin/chromium';
export const FIREFOX_PATH = process.env.QUOTELENS_FIREFOX ?? '/usr/bin/firefox-esr';
export const CHROME_BUILD = resolve('.output/chrome-mv3');
export const FIREFOX_BUILD = resolve('.output/firefox-mv2');
export const INSTALL_HINT = 'apt-get update && apt-get install -y chromium firefox-esr';

/** Fail loudly (never skip) when a browser the tests need is not installed. */
export function requireBrowser(kind: 'chromium' | 'firefox'): string {
  const path = kind === 'chromium' ? CHROMIUM_PATH : FIREFOX_PATH;
  if (!existsSync(path)) {
    throw new Error(
      `${kind} not found at ${path}. QuoteLens real-browser tests need Debian's chromium and firefox-esr.\n` +
        `Install them with:  ${INSTALL_HINT}   (as root, or with sudo)`,
    );
  }
  return path;
}

/** Fail with the fix when the extension has not been built. */
export function requireBuild(dir: string): string {
  if (!existsSync(join(dir, 'manifest.json'))) {
    throw new Error(`No extension build in ${dir}. Run \`npm run build\` first.`);
  }
  return dir;
}

export function makeTempDir(prefix: string): string {
  return mkdtempSync(join(tmpdir(), `quotelens-${prefix}-`));
}

export function removeDir(dir: string | null | undefined): void {
  if (!dir) return;
  try {
    rmSync(dir, { recursive: true, force: true, maxRetries: 3, retryDelay: 200 });
  } catch {
    // A browser child still holding a file: the OS temp cleaner gets it later.
  }
}

export const sleep = (ms: number) => new Promise<void>((done) => setTimeout(done, ms));

/** Reject after `ms` so that a stuck browser call fails the test instead of hanging it. */
export async function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  try {
    return await Promise.race([
      promise,
      new Promise<never>((_, fail) => {
        timer = setTimeout(() => fail(new Error(`Timed out after ${ms} ms: ${what}`)), ms);
      }),
    ]);
  } finally {
    clearTimeout(timer);
  }
}

/** Poll `probe` until it returns a value accepted by `accept`; errors count as "not yet". */
export async function pollFor<T>(
  probe: () => Promise<T>,
  accept: (value: T) => boolean,
  { timeout = 15_000, interval = 100, what = 'condition' } = {},
): Promise<T> {
  const deadline = Date.now() + timeout;
  let last: unknown;
  let lastError: unknown;
  while (Date.now() < deadline) {
    try {
      last = await withTimeout(probe(), Math.max(1000, deadline - Date.now()), what);
      if (accept(last as T)) return last as T;
    } catch (error) {
      lastError = error;
    }
    await sleep(interval);
  }
  const detail = lastError ? ` (last error: ${String(lastError)})` : ` (last value: ${JSON.stringify(last)?.slice(0, 300)})`;
  throw new Error(`Timed out after ${timeout} ms waiting for ${what}${detail}`);
}
