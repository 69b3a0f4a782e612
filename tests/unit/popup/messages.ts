/**
 * The fake browser has no message catalogue. Load the real one (locales/<lang>.yml, built
 * the way WXT builds _locales) so popup tests see the strings a reader sees, and fail when
 * a key is missing.
 */
import { resolve } from 'node:path';
import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { generateChromeMessages, parseMessagesFile } from '@wxt-dev/i18n/build';

export async function useCatalogue(lang: 'en' | 'fr'): Promise<void> {
  const catalogue = generateChromeMessages(await parseMessagesFile(resolve(__dirname, `../../../locales/${lang}.yml`)));
  vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation(((key: string, subs?: string | string[]) => {
    const entry = catalogue[key];
    if (!entry) throw new Error(`missing message ${key} in ${lang}.yml`);
    const values = subs === undefined ? [] : [subs].flat();
    // Chrome's rules: $1..$9 take substitutions, $$ is a literal $.
    return entry.message.replace(/\$(\$|[1-9])/g, (_, d: string) => (d === '$' ? '$' : (values[Number(d) - 1] ?? '')));
  }) as never);
}
