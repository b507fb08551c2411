import { browser } from 'wxt/browser';
import { lockIfIdle, restoreSession, touchActivity } from '../../utils/crypto/session';
import { expireDrafts, flushPending } from '../../utils/drafts/store';
import { expiringSoon, purgeExpired } from '../../utils/retention/purge';
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
  // Registered at start-up so a click wakes the worker.
  browser.notifications?.onClicked.addListener((id) => {
    if (id !== RETENTION_NOTICE) return;
    void browser.runtime.openOptionsPage();
    void browser.notifications.clear(id);
  });
  browser.alarms.onAlarm.addListener(async (alarm) => {
    if (alarm.name === 'retention') {
      // A restarted worker has no key yet: with one, the purge also reaches drafts and dossier links.
      await restoreSession().catch(() => undefined);
      await purgeExpired().catch(() => undefined);
      await expireDrafts((await getSettings()).draftExpiryDays).catch(() => undefined);
      await warnRetention().catch(() => undefined);
    }
    if (alarm.name !== 'auto-lock') return;
    const { autoLockMinutes } = await getSettings().catch(() => ({ autoLockMinutes: 15 }));
    await lockIfIdle(autoLockMinutes);
  });
}

const RETENTION_NOTICE = 'retention-warning';
// Same small icon style as the deadline alerts (notifications need one; the extension ships none yet).
const ICON =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAACAAAAAgCAYAAABzenr0AAAAeElEQVR4AcXBQQ3DMBQFwe2TIZjERxDiIWEEJmEO7amSz1aUnfncvX8RBVmQNTa9d96w1uIvyIIsyBqHrjnZjSpOBFmQBVmQBVmQBVmQBVmQBVmQNQ6NKp4QZI1D15zsRhUngizIgqxxaFTxhCALssZmrcXbgizIft65ECFIr6zWAAAAAElFTkSuQmCC';

/** The warning before a purge: a notification that opens the options page, where records can be kept. */
async function warnRetention(): Promise<void> {
  const soon = await expiringSoon();
  if (!soon.length) return;
  const days = Math.min(...soon.map((s) => s.daysLeft));
  await browser.notifications?.create(RETENTION_NOTICE, {
    type: 'basic',
    iconUrl: ICON,
    title: 'Trợ lý Một cửa: sắp xoá hồ sơ lâu không dùng',
    message: `${soon.length} công dân sẽ bị xoá sau ${days} ngày nữa vì lâu không dùng đến. Mở trang Cài đặt để giữ lại nếu còn cần.`,
  });
}
