import { browser } from 'wxt/browser';
import { badgeCount, dueAlerts } from '../../utils/deadline/alerts';
import { restoreSession } from '../../utils/crypto/session';
import { importDossierTable } from '../../utils/dossier/import';
import { logAudit } from '../../utils/store/audit';
import { register } from './router';
import { AlertLog, DecisionRepo, DossierRepo, SettingsRepo } from '../../utils/dossier/db';

/**
 * Deadline alerts: a periodic alarm (it survives service-worker stops and browser restarts) recomputes the
 * badge (due today + overdue) and sends each threshold notification at most once; what was sent is kept in
 * IndexedDB (sentAlerts), not in memory. Pages ask for an immediate refresh by creating the one-shot alarm
 * DEADLINES_REFRESH_ALARM, so no message type is needed.
 */
export const DEADLINES_ALARM = 'deadlines:check';
export const DEADLINES_REFRESH_ALARM = 'deadlines:refresh';
const PERIOD_MINUTES = 15;
// A small red square with "!" (data URL: notifications need an icon and the extension ships none yet).
const ICON = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAACAAAAAgCAYAAABzenr0AAAAeElEQVR4AcXBQQ3DMBQFwe2TIZjERxDiIWEEJmEO7amSz1aUnfncvX8RBVmQNTa9d96w1uIvyIIsyBqHrjnZjSpOBFmQBVmQBVmQBVmQBVmQBVmQNQ6NKp4QZI1D15zsRhUngizIgqxxaFTxhCALssZmrcXbgizIft65ECFIr6zWAAAAAElFTkSuQmCC';

let running: Promise<void> | undefined;

export async function checkDeadlines(now = Date.now()): Promise<{ badge: number; sent: number }> {
  const dossiers = new DossierRepo();
  // Dossiers stored in clear before applicant fields were encrypted are sealed as soon as a key is at hand
  // (restoring the session key does not count as officer activity, so auto-lock is unaffected).
  if ((await restoreSession().catch(() => 'locked')) === 'unlocked') await dossiers.sealLegacy().catch(() => 0);
  const [open, settings, calendar] = await Promise.all([dossiers.openDossiers(), new SettingsRepo().get(), new DecisionRepo().calendar()]);
  const mine = open.filter((d) => !settings.officer || !d.officer || d.officer === settings.officer);
  const badge = badgeCount(mine, now);
  await browser.action?.setBadgeText({ text: badge ? String(badge) : '' }).catch(() => undefined);
  await browser.action?.setBadgeBackgroundColor({ color: '#c62828' }).catch(() => undefined);
  const log = new AlertLog();
  let sent = 0;
  for (const alert of dueAlerts(mine, now, calendar, settings.alertDaysBefore, settings.alertOverdue)) {
    if (!(await log.claim(alert.id, now))) continue;
    sent++;
    await browser.notifications
      ?.create(alert.id, { type: 'basic', iconUrl: ICON, title: alert.title, message: alert.message })
      .catch(() => undefined);
  }
  // Forget alerts older than 90 days (their dossiers are long closed).
  await log.purgeBefore(now - 90 * 86_400_000).catch(() => undefined);
  return { badge, sent };
}

function run(): void {
  running ??= checkDeadlines()
    .then(() => undefined)
    .catch((err) => console.warn('[deadlines]', err))
    .finally(() => {
      running = undefined;
    });
}

export function registerDeadlines(): void {
  register({
    'dossiers:importTable': async (r, sender) => {
      const res = await importDossierTable(r.headers, r.rows);
      await logAudit({ action: 'import', origin: sender.url ? new URL(sender.url).origin : undefined, recordIds: [], count: res.added + res.updated });
      return res;
    },
  });
  browser.alarms.get(DEADLINES_ALARM).then((a) => {
    if (!a) browser.alarms.create(DEADLINES_ALARM, { periodInMinutes: PERIOD_MINUTES, delayInMinutes: 0.1 });
  });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === DEADLINES_ALARM || alarm.name === DEADLINES_REFRESH_ALARM) run();
  });
  browser.runtime.onStartup?.addListener(run);
  browser.runtime.onInstalled?.addListener(run);
  // Clicking a deadline notification opens the dashboard.
  browser.notifications?.onClicked.addListener((id) => {
    if (!id.includes('|')) return;
    void browser.tabs.create({ url: browser.runtime.getURL('/dashboard.html' as '/') });
    void browser.notifications.clear(id);
  });
}
