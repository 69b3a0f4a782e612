// What actually ships: the built extension (run after `npm run build`, as `npm test` does).
// No code from strings (eval, new Function, string timers), no remote code (every script
// is a packaged file), no endpoint baked into the code, and a manifest that asks only for
// what the README's "Privacy and permissions" section justifies.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../../..');
const BUILDS = ['chrome-mv3', 'firefox-mv2'].map((name) => [name, join(ROOT, '.output', name)] as const);

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

function requireBuild(dir: string): void {
  if (!existsSync(join(dir, 'manifest.json'))) throw new Error(`No build in ${dir}: run \`npm run build\` first (npm test does).`);
}

/** Code-from-string constructs, written so that a method merely named "eval" does not match. */
const DYNAMIC_CODE: Array<[string, RegExp]> = [
  ['eval(', /(?<![\w$.])eval\s*\(/],
  ['global eval', /(?:window|globalThis|self)\.eval\s*\(/],
  ['indirect eval', /[,(]\s*eval\s*\)\s*\(/],
  ['new Function', /new\s+Function\s*\(/],
  ['Function("…")', /(?<![\w$.])Function\s*\(\s*["'`]/],
  ['setTimeout("…")', /set(?:Timeout|Interval)\s*\(\s*["'`]/],
  ['document.write', /document\.write(?:ln)?\s*\(/],
];

/** Loading code from elsewhere than the package. */
const REMOTE_CODE: Array<[string, RegExp]> = [
  ['import("http…")', /import\s*\(\s*["'`](?:https?:)?\/\//],
  ['importScripts(remote)', /importScripts\s*\(\s*["'`](?:https?:)?\/\//],
  ['script.src = remote', /\.src\s*=\s*["'`](?:https?:)?\/\//],
  ['<script src=remote>', /<script[^>]+src\s*=\s*["']?(?:https?:)?\/\//i],
  ['<link href=remote>', /<link[^>]+href\s*=\s*["']?(?:https?:)?\/\//i],
];

/**
 * URL literals that are not endpoints: XML namespaces, match patterns, URLs assembled from
 * user input to parse a hostname (`https://${…}`), and the documentation links inside WXT's
 * own error messages (text shown to a developer, never fetched).
 */
const HARMLESS_URL = [
  /^https?:\/\/www\.w3\.org\//,
  /\*/,
  /^https?:\/\/\$\{/,
  /^https:\/\/github\.com\/wxt-dev\/wxt\/issues\/\d+$/,
  /^https:\/\/wxt\.dev\/guide\//,
];

describe.each(BUILDS)('built extension %s', (_name, dir) => {
  it('contains no code built from strings', () => {
    requireBuild(dir);
    const hits: string[] = [];
    for (const file of filesUnder(dir).filter((f) => /\.(m?js|html)$/.test(f))) {
      const code = readFileSync(file, 'utf8');
      for (const [label, pattern] of DYNAMIC_CODE) {
        const match = pattern.exec(code);
        if (match) hits.push(`${relative(dir, file)}: ${label} near ${JSON.stringify(code.slice(Math.max(0, match.index - 40), match.index + 40))}`);
      }
    }
    expect(hits).toEqual([]);
  });

  it('loads no remote code', () => {
    requireBuild(dir);
    const hits: string[] = [];
    for (const file of filesUnder(dir).filter((f) => /\.(m?js|html)$/.test(f))) {
      const code = readFileSync(file, 'utf8');
      for (const [label, pattern] of REMOTE_CODE) if (pattern.test(code)) hits.push(`${relative(dir, file)}: ${label}`);
    }
    expect(hits).toEqual([]);
  });

  it('bakes in no endpoint URL (nothing to phone home to)', () => {
    requireBuild(dir);
    const urls = new Set<string>();
    for (const file of filesUnder(dir).filter((f) => /\.(m?js|html|json)$/.test(f))) {
      for (const [url] of readFileSync(file, 'utf8').matchAll(/(?:https?|wss?):\/\/[^\s"'`)<>\\,]+/g)) {
        if (!HARMLESS_URL.some((ok) => ok.test(url))) urls.add(`${relative(dir, file)}: ${url}`);
      }
    }
    expect([...urls]).toEqual([]);
  });

  it('keeps a manifest without remote or eval-friendly loopholes', () => {
    requireBuild(dir);
    const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
    // Pages and other extensions could otherwise message the background worker directly.
    expect(manifest.externally_connectable).toBeUndefined();
    const csp = JSON.stringify(manifest.content_security_policy ?? '');
    expect(csp).not.toMatch(/unsafe-eval|unsafe-inline|https?:|wasm-unsafe-eval|\*/);
    // The content script runs on web pages only, not on local files or every scheme.
    const matches = (manifest.content_scripts ?? []).flatMap((cs: { matches: string[] }) => cs.matches);
    for (const pattern of matches) expect(['http://*/*', 'https://*/*']).toContain(pattern);
    // Pages can fingerprint or frame whatever we expose.
    for (const entry of manifest.web_accessible_resources ?? []) {
      const resources: string[] = typeof entry === 'string' ? [entry] : entry.resources;
      for (const resource of resources) expect(resource, 'web-accessible resource').not.toMatch(/\*|\.html$/);
    }
    if (manifest.manifest_version === 2) {
      expect(manifest.browser_specific_settings?.gecko?.data_collection_permissions?.required).toEqual(['none']);
    }
  });
});

// Permission names Chrome and Firefox know (a subset wide enough to spot any we might use).
const KNOWN_PERMISSIONS = new Set(
  'activeTab alarms background bookmarks browsingData clipboardRead clipboardWrite contentSettings contextMenus cookies debugger declarativeContent declarativeNetRequest declarativeNetRequestWithHostAccess declarativeNetRequestFeedback downloads find history identity idle management menus nativeMessaging notifications offscreen pageCapture privacy proxy scripting search sessions sidePanel storage system.display tabCapture tabGroups tabs topSites unlimitedStorage userScripts webNavigation webRequest webRequestBlocking <all_urls>'.split(
    ' ',
  ),
);

function readmePermissionsSection(): string {
  const path = join(ROOT, 'README.md');
  if (!existsSync(path)) throw new Error('README.md is missing: it must justify every permission in a "Privacy and permissions" section');
  const readme = readFileSync(path, 'utf8');
  const heading = /^(#{1,6})\s+.*privacy.*permissions|^(#{1,6})\s+.*permissions.*privacy/im.exec(readme);
  if (!heading) throw new Error('README.md has no "Privacy and permissions" heading');
  const level = (heading[1] ?? heading[2]).length;
  const rest = readme.slice(heading.index + heading[0].length);
  const next = new RegExp(`^#{1,${level}}\\s`, 'm').exec(rest);
  return next ? rest.slice(0, next.index) : rest;
}

describe('manifest permissions match the README', () => {
  it.each(BUILDS)('%s asks only for permissions the README justifies, and the README claims none it lacks', (_name, dir) => {
    requireBuild(dir);
    const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
    const asked: string[] = [...(manifest.permissions ?? []), ...(manifest.host_permissions ?? []), ...(manifest.optional_permissions ?? [])];
    const section = readmePermissionsSection();
    const mentioned = new Set([...section.matchAll(/`([^`]+)`/g)].map((m) => m[1]));
    for (const permission of asked) expect(mentioned, `README does not justify \`${permission}\``).toContain(permission);
    // A permission named in the README on a line that does not say we go without it must be asked for.
    for (const line of section.split('\n')) {
      if (/\b(not|no|never|without|nor|n't)\b/i.test(line)) continue;
      for (const [, token] of line.matchAll(/`([^`]+)`/g)) {
        if (KNOWN_PERMISSIONS.has(token)) expect(asked, `README claims \`${token}\` but the manifest does not ask for it`).toContain(token);
      }
    }
  });
});
