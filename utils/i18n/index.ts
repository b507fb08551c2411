import { browser } from 'wxt/browser';

/**
 * UI text by key from public/_locales (Vietnamese default, English second). The browser picks the
 * locale from its UI language; the Vietnamese fallback keeps text readable if a key is missing.
 */
export function t(key: Parameters<typeof browser.i18n.getMessage>[0], fallback: string, substitutions?: string[]): string {
  try {
    return browser.i18n.getMessage(key, substitutions) || fallback;
  } catch {
    return fallback;
  }
}
