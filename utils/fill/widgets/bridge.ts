/**
 * Isolated-world side of the MAIN-world bridge (entrypoints/fill-bridge.content.ts). jQuery plugins keep
 * their state in the page's own JavaScript world, which a content script cannot reach; the bridge runs
 * there and accepts only the whitelisted commands below, addressed to one element we marked.
 */
export const BRIDGE_EVENT = 'troly-fill-bridge';
export const BRIDGE_DONE = 'troly-fill-bridge:done';
export const BRIDGE_ATTR = 'data-troly-bridge';
export const BRIDGE_COMMANDS = ['select2.set', 'chosen.set', 'datepicker.set'] as const;
export type BridgeCommand = (typeof BRIDGE_COMMANDS)[number];

export interface BridgeReply {
  ok: boolean;
  /** The control's value after the plugin handled the command (a datepicker formats the date itself). */
  value: string;
}

let seq = 0;

/** Asks the page-world bridge to run one command on `el`; resolves `{ok:false}` when no bridge answers. */
export function callBridge(el: Element, cmd: BridgeCommand, arg: string, timeoutMs = 400): Promise<BridgeReply> {
  const doc = el.ownerDocument;
  const view = doc.defaultView;
  const id = `troly-${Date.now().toString(36)}-${++seq}`;
  el.setAttribute(BRIDGE_ATTR, id);
  return new Promise((resolve) => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const finish = (reply: BridgeReply) => {
      clearTimeout(timer);
      doc.removeEventListener(BRIDGE_DONE, onDone);
      el.removeAttribute(BRIDGE_ATTR);
      resolve(reply);
    };
    const onDone = (e: Event) => {
      let d: { id?: unknown; ok?: unknown; value?: unknown };
      try {
        d = JSON.parse(String((e as CustomEvent).detail)) as typeof d;
      } catch {
        return;
      }
      if (d.id === id) finish({ ok: d.ok === true, value: typeof d.value === 'string' ? d.value : '' });
    };
    doc.addEventListener(BRIDGE_DONE, onDone);
    timer = setTimeout(() => finish({ ok: false, value: '' }), timeoutMs);
    // Only a string crosses between the two JavaScript worlds.
    const Custom = (view as unknown as { CustomEvent?: typeof CustomEvent } | null)?.CustomEvent ?? CustomEvent;
    doc.dispatchEvent(new Custom(BRIDGE_EVENT, { detail: JSON.stringify({ id, cmd, arg }) }));
  });
}
