import { defineConfig } from 'wxt';

// Least privilege: portals are *.gov.vn; officers grant extra hosts at run time (optional_host_permissions).
export default defineConfig({
  srcDir: '.',
  outDir: '.output',
  imports: false,
  modules: ['@wxt-dev/webextension-polyfill'],
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'vi',
    permissions: ['storage', 'activeTab', 'scripting', 'alarms', 'notifications', 'contextMenus', 'unlimitedStorage',
      ...(browser === 'firefox' ? [] : ['sidePanel', 'offscreen'])],
    action: { default_title: '__MSG_extName__' },
    host_permissions: ['*://*.gov.vn/*'],
    optional_host_permissions: ['*://*/*'],
    commands: {
      'open-overlay': {
        suggested_key: { default: 'Alt+Shift+F' },
        description: '__MSG_cmdOpenOverlay__',
      },
    },
    content_security_policy: {
      extension_pages: "script-src 'self' 'wasm-unsafe-eval'; object-src 'self'",
    },
    ...(browser === 'firefox'
      ? { browser_specific_settings: { gecko: { id: 'tro-ly-mot-cua@example.gov.vn', strict_min_version: '140.0', data_collection_permissions: { required: ['none'] } } } }
      : {}),
  }),
  vite: () => ({
    esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
    build: { target: 'es2022' },
  }),
});
