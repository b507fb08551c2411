import { browser } from 'wxt/browser';
import { registerExtraHosts } from '../../utils/fill/hosts';
import { register } from './router';

/** Portals outside *.gov.vn: the hosts the officer granted at run time get the launcher too. */
async function syncExtraHosts(): Promise<void> {
  const origins = (await browser.permissions.getAll()).origins ?? [];
  const hosts = origins.map((o) => o.replace(/^\*:\/\//, '').replace(/\/\*$/, '')).filter((h) => h !== '*' && !h.endsWith('gov.vn'));
  await registerExtraHosts(hosts);
}

export function registerHosts(): void {
  register({
    'hosts:changed': async () => {
      await syncExtraHosts();
      return null;
    },
  });
  void syncExtraHosts().catch(() => undefined);
  browser.permissions.onAdded?.addListener(() => void syncExtraHosts().catch(() => undefined));
  browser.permissions.onRemoved?.addListener(() => void syncExtraHosts().catch(() => undefined));
}
