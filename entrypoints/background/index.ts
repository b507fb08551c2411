import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { registerDeadlines } from './deadlines';
import { registerDrafts } from './drafts';
import { registerGuide } from './guide';
import { registerHosts } from './hosts';
import { registerOcr } from './ocr';
import { registerOverlay } from './overlay';
import { registerPersons } from './persons';
import { dispatch } from './router';
import { beforeMessage, registerSecurity } from './security';
import { isForOffscreen } from '../../utils/ocr/messages';
// Retention purges run here: dossiers take part in "delete this citizen".
import '../../utils/dossier/citizen';

export default defineBackground(() => {
  registerPersons();
  registerSecurity();
  registerDrafts();
  registerDeadlines();
  registerOverlay();
  registerGuide();
  registerHosts();
  registerOcr();

  browser.runtime.onMessage.addListener((message, sender) => {
    // The offscreen OCR runtime answers these itself; answering here first would cut it off.
    if (isForOffscreen(message) || (message as { type?: string })?.type === 'ocr:progress') return undefined;
    return beforeMessage()
      .catch(() => undefined)
      .then(() => dispatch(message, sender));
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
