import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// The Firefox add-on id: stable so that storage survives updates and tests can pin the UUID.
export const GECKO_ID = 'quotelens@quotelens.app';

export default defineConfig({
  // No webextension-polyfill: Chrome MV3 and Firefox both return promises from the APIs we
  // use, and our message listeners answer through sendResponse, which both support. The
  // polyfill's setup ran on every page the content script runs on.
  modules: ['@wxt-dev/i18n/module'],
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // storage: settings. activeTab + scripting are not needed: the content script is
    // declared for http(s) pages and does its own cheap "is this an article?" check.
    permissions: ['storage'],
    commands: {
      'next-statement': {
        suggested_key: { default: 'Alt+Shift+N' },
        description: '__MSG_commandNext__',
      },
      'previous-statement': {
        suggested_key: { default: 'Alt+Shift+P' },
        description: '__MSG_commandPrevious__',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: GECKO_ID,
              strict_min_version: '142.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
