/**
 * Turn what a person types in "add a site" ("www.Example.com", "https://example.com/a?b",
 * "example.com:8080") into the hostname that settings store, or null when it is not one.
 * Hostnames are stored as the content script sees them (location.hostname, lowercase).
 */
export function siteFromInput(input: string): string | null {
  const trimmed = input.trim();
  if (!trimmed || trimmed.length > 253 || /\s/.test(trimmed)) return null;
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed) ? trimmed : `https://${trimmed}`;
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  const host = url.hostname.toLowerCase();
  // A dotted name, "localhost" or an IP literal; "foo" alone is almost always a typo.
  const isName = /^[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(host) && !host.split('.').some((label) => !label || label.startsWith('-') || label.endsWith('-'));
  const isIp = /^\d{1,3}(\.\d{1,3}){3}$/.test(host) || host.startsWith('[');
  return isName || isIp || host === 'localhost' ? host : null;
}
