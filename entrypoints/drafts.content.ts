import { defineContentScript } from 'wxt/utils/define-content-script';
import { send } from '../utils/messaging/client';
import type { DraftSnapshot } from '../utils/drafts/model';
import { sameValues } from '../utils/drafts/model';
import { restoreFields } from '../utils/drafts/restore';
import { snapshotPage } from '../utils/drafts/snapshot';

/**
 * Draft recovery on portal pages: snapshots of each form go to the extension (encrypted there) on typing
 * (debounced), leaving a field, hiding or leaving the page, and submitting. Returning to the same form
 * after a hang, crash or time-out offers a one-click restore.
 */
export default defineContentScript({
  matches: ['*://*.gov.vn/*'],
  runAt: 'document_idle',
  main() {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let submitted = false;
    let warned = false;
    const saveOne = (snap: { signature: string; fields: DraftSnapshot['fields'] }) =>
      send({ type: 'drafts:save', snapshot: { url: location.href, signature: snap.signature, fields: snap.fields } }).catch((err: unknown) => {
        // Storage full or broken: the officer must act (the typing is kept in memory meanwhile). Say it once.
        const text = err instanceof Error ? err.message : '';
        if (!warned && text.startsWith('Không lưu bản nháp được.')) {
          warned = true;
          showNotice(`Trợ lý Một cửa: ${text}`);
        }
      });
    const saveAll = () => {
      clearTimeout(timer);
      // After a submit the page is on its way out; the last snapshot was taken in the submit handler.
      if (submitted) return;
      for (const snap of snapshotPage(document)) void saveOne(snap);
    };
    const soon = () => {
      clearTimeout(timer);
      timer = setTimeout(saveAll, 800);
    };
    document.addEventListener('input', soon, true);
    document.addEventListener('change', soon, true);
    document.addEventListener('focusout', saveAll, true);
    document.addEventListener('visibilitychange', () => document.visibilityState === 'hidden' && saveAll());
    addEventListener('pagehide', saveAll);
    document.addEventListener(
      'submit',
      (e) => {
        const form = e.target as HTMLFormElement;
        const snap = snapshotPage(document).find((s) => s.form === form);
        if (!snap) return;
        submitted = true;
        clearTimeout(timer);
        void send({ type: 'drafts:submitted', snapshot: { url: location.href, signature: snap.signature, fields: snap.fields } }).catch(() => undefined);
      },
      true,
    );

    const offer = async () => {
      const snaps = snapshotPage(document);
      const found = await send<{ snapshot: DraftSnapshot; updatedAt: number } | null>({
        type: 'drafts:find',
        url: location.href,
        signatures: snaps.map((s) => s.signature),
      }).catch(() => null);
      if (!found) return;
      const target = snaps.find((s) => s.signature === found.snapshot.signature);
      if (!target || sameValues(found.snapshot.fields, target.fields)) return;
      showPrompt(found.updatedAt, () => restoreFields(target.form, found.snapshot.fields), () =>
        send({ type: 'drafts:discard', url: location.href, signature: target.signature }).catch(() => undefined),
      );
    };
    void offer();
  },
});

function bar(): { host: HTMLElement; bar: HTMLDivElement; root: ShadowRoot } {
  const host = document.createElement('tro-ly-draft-prompt');
  const root = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent = `
    .bar { position: fixed; z-index: 2147483646; left: 50%; bottom: 16px; transform: translateX(-50%);
      background: #1f2328; color: #fff; font: 14px/1.4 "Segoe UI", Roboto, Arial, sans-serif; padding: 10px 14px;
      border-radius: 8px; box-shadow: 0 4px 16px #0005; display: flex; gap: 10px; align-items: center; max-width: 90vw; }
    button { font: inherit; border: 0; border-radius: 6px; padding: 6px 12px; cursor: pointer; }
    .primary { background: #2da44e; color: #fff; } .ghost { background: transparent; color: #ddd; }`;
  const div = document.createElement('div');
  div.className = 'bar';
  div.setAttribute('role', 'alert');
  root.append(style, div);
  document.documentElement.append(host);
  return { host, bar: div, root };
}

function showNotice(message: string): void {
  const { host, bar: div } = bar();
  const text = document.createElement('span');
  text.textContent = message;
  const close = document.createElement('button');
  close.className = 'ghost';
  close.textContent = 'Đóng';
  close.addEventListener('click', () => host.remove());
  div.append(text, close);
}

function showPrompt(savedAt: number, onRestore: () => number, onDismiss: () => unknown): void {
  const { host, bar: div } = bar();
  const text = document.createElement('span');
  const when = new Date(savedAt).toLocaleString('vi-VN', { hour: '2-digit', minute: '2-digit', day: '2-digit', month: '2-digit' });
  text.textContent = `Trợ lý Một cửa có bản nháp của biểu mẫu này (lưu lúc ${when}).`;
  const restore = document.createElement('button');
  restore.className = 'primary';
  restore.textContent = 'Khôi phục bản nháp';
  const dismiss = document.createElement('button');
  dismiss.className = 'ghost';
  dismiss.textContent = 'Bỏ qua';
  restore.addEventListener('click', () => {
    const n = onRestore();
    text.textContent = `Đã khôi phục ${n} trường từ bản nháp.`;
    restore.remove();
    dismiss.textContent = 'Đóng';
    dismiss.onclick = () => host.remove();
  });
  dismiss.addEventListener('click', () => {
    void onDismiss();
    host.remove();
  });
  div.append(text, restore, dismiss);
}
