import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { registerDeadlines } from './deadlines';
import { registerDrafts } from './drafts';
import { registerGuide } from './guide';
import { registerHosts } from './hosts';
import { registerOverlay } from './overlay';
import { registerPersons } from './persons';
import { dispatch } from './router';
import { beforeMessage, registerSecurity } from './security';

export default defineBackground(() => {
  registerPersons();
  registerSecurity();
  registerDrafts();
  registerDeadlines();
  registerOverlay();
  registerGuide();
  registerHosts();

  browser.runtime.onMessage.addListener(async (message, sender) => {
    await beforeMessage().catch(() => undefined);
    return dispatch(message, sender);
  });

  browser.commands?.onCommand.addListener(async (command) => {
    if (command !== 'open-overlay') return;
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (tab?.id !== undefined) await browser.tabs.sendMessage(tab.id, { type: 'overlay:open' }).catch(() => undefined);
  });

  // Chrome: the toolbar button opens the officer's workspace in the side panel.
  const sidePanel = (globalThis as { chrome?: { sidePanel?: { setPanelBehavior(o: object): Promise<void> } } }).chrome?.sidePanel;
  sidePanel?.setPanelBehavior({ openPanelOnActionClick: true }).catch(() => undefined);
});
