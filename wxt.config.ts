import { createRequire } from 'node:module';
import { join } from 'node:path';
import { defineConfig } from 'wxt';

const require = createRequire(import.meta.url);
// node_modules/<name>, found from the package's main entry (some packages do not export package.json).
const pkgDir = (name: string) => {
  const entry = require.resolve(name);
  return entry.slice(0, entry.lastIndexOf(`node_modules/${name}/`) + `node_modules/${name}`.length);
};

/**
 * OCR runs on the device with nothing fetched at run time: tesseract.js's worker and one wasm core (SIMD,
 * LSTM only: every browser we target has wasm SIMD), the Vietnamese model, zxing's QR reader and pdf.js's
 * worker are copied into the extension under ocr/.
 */
const OCR_ASSETS: [string, string][] = [
  [join(pkgDir('tesseract.js'), 'dist/worker.min.js'), 'ocr/worker.min.js'],
  [join(pkgDir('tesseract.js-core'), 'tesseract-core-simd-lstm.wasm.js'), 'ocr/tesseract-core-simd-lstm.wasm.js'],
  [join(pkgDir('@tesseract.js-data/vie'), '4.0.0_best_int/vie.traineddata.gz'), 'ocr/vie.traineddata.gz'],
  [join(pkgDir('zxing-wasm'), 'dist/reader/zxing_reader.wasm'), 'ocr/zxing_reader.wasm'],
  [join(pkgDir('pdfjs-dist'), 'legacy/build/pdf.worker.min.mjs'), 'ocr/pdf.worker.min.mjs'],
];

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
  hooks: {
    'build:publicAssets': (_wxt, files) => {
      for (const [absoluteSrc, relativeDest] of OCR_ASSETS) files.push({ absoluteSrc, relativeDest });
    },
  },
  vite: () => ({
    esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
    build: { target: 'es2022' },
  }),
});
