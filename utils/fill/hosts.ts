import { browser } from 'wxt/browser';

/**
 * Portals outside *.gov.vn that the officer adds on the options page. The manifest only declares
 * *.gov.vn; after the options page obtained the optional host permission, the background calls
 * `registerExtraHosts(hosts)` (at start-up and whenever the list changes) so the launcher and the
 * MAIN-world bridge also run there.
 */
export const EXTRA_HOSTS_SCRIPT_ID = 'troly-extra-hosts';
export const EXTRA_HOSTS_BRIDGE_ID = 'troly-extra-hosts-bridge';

/** Built file names of the two content scripts (WXT: entrypoints/<name>/index.ts → content-scripts/<name>.js). */
export const CONTENT_JS = 'content-scripts/content.js';
export const BRIDGE_JS = 'content-scripts/fill-bridge.js';

/**
 * "motcua.example.vn", "https://motcua.example.vn/path", "*.example.vn" → match patterns. Invalid entries
 * and hosts already covered by *.gov.vn are dropped, so nothing unexpected gets registered.
 */
export function hostPatterns(hosts: string[]): string[] {
  const out = new Set<string>();
  for (const raw of hosts) {
    let h = raw.trim().toLowerCase();
    if (!h) continue;
    h = h.replace(/^[a-z]+:\/\//, '').replace(/[/?#].*$/, '').replace(/:\d+$/, '');
    const wildcard = h.startsWith('*.');
    const name = wildcard ? h.slice(2) : h;
    if (!/^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/.test(name) && !/^\d{1,3}(\.\d{1,3}){3}$/.test(name)) continue;
    if (name === 'gov.vn' || name.endsWith('.gov.vn')) continue;
    out.add(`*://${wildcard ? '*.' : ''}${name}/*`);
  }
  return [...out].sort();
}

/** Replaces the run-time registration with the given hosts (an empty list just unregisters). */
export async function registerExtraHosts(hosts: string[]): Promise<string[]> {
  const matches = hostPatterns(hosts);
  const scripting = browser.scripting;
  const existing = await scripting.getRegisteredContentScripts({ ids: [EXTRA_HOSTS_SCRIPT_ID, EXTRA_HOSTS_BRIDGE_ID] });
  if (existing.length) await scripting.unregisterContentScripts({ ids: existing.map((s) => s.id) });
  if (!matches.length) return [];
  await scripting.registerContentScripts([
    { id: EXTRA_HOSTS_SCRIPT_ID, matches, js: [CONTENT_JS], runAt: 'document_idle', persistAcrossSessions: true },
    { id: EXTRA_HOSTS_BRIDGE_ID, matches, js: [BRIDGE_JS], runAt: 'document_idle', allFrames: true, world: 'MAIN', persistAcrossSessions: true },
  ]);
  return matches;
}
