import { browser } from 'wxt/browser';
import { lockIfIdle, restoreSession, touchActivity } from '../../utils/crypto/session';
import { expireDrafts, flushPending } from '../../utils/drafts/store';
import { purgeExpired } from '../../utils/retention/purge';
import { getSettings } from '../../utils/store/settings';

/** Every message is served with this context's view of the session key (the worker may have restarted). */
export async function beforeMessage(): Promise<void> {
  if ((await restoreSession()) === 'unlocked') {
    await touchActivity();
    await flushPending();
  }
}

export function registerSecurity(): void {
  void browser.alarms.create('auto-lock', { periodInMinutes: 1 });
  void browser.alarms.create('retention', { periodInMinutes: 24 * 60, delayInMinutes: 5 });
  browser.alarms.onAlarm.addListener(async (alarm) => {
    if (alarm.name === 'retention') {
      await purgeExpired().catch(() => undefined);
      await expireDrafts((await getSettings()).draftExpiryDays).catch(() => undefined);
    }
    if (alarm.name !== 'auto-lock') return;
    const { autoLockMinutes } = await getSettings().catch(() => ({ autoLockMinutes: 15 }));
    await lockIfIdle(autoLockMinutes);
  });
}
