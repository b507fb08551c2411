import { defineContentScript } from 'wxt/utils/define-content-script';
import { BRIDGE_ATTR, BRIDGE_DONE, BRIDGE_EVENT } from '../utils/fill/widgets/bridge';

/**
 * MAIN-world bridge: jQuery plugins (Select2, Chosen, jQuery UI / bootstrap datepickers) keep state in the
 * page's own world. This tiny script only answers three whitelisted commands, each on the single element
 * the content script marked; it never evaluates anything it receives and touches nothing else. A page
 * could send the same commands itself, which grants it nothing it could not already do to its own form.
 */
type JQ = ((el: Element) => JQObj) & { datepicker?: unknown };
interface JQObj {
  data(key: string): unknown;
  val(v: string): JQObj;
  trigger(e: string | { type: string; params?: unknown }): JQObj;
  hasClass(c: string): boolean;
  datepicker(cmd: string, arg?: unknown): unknown;
}

function isoToDate(iso: string): Date | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3])) : undefined;
}

const COMMANDS: Record<string, ($: JQ, el: HTMLInputElement & HTMLSelectElement, arg: string) => boolean> = {
  'select2.set': ($, el, value) => {
    const $el = $(el);
    if (!$el.data('select2')) return false;
    $el.val(value).trigger('change');
    const text = Array.from(el.options).find((o) => o.value === value)?.text ?? '';
    $el.trigger({ type: 'select2:select', params: { data: { id: value, text } } });
    return el.value === value;
  },
  'chosen.set': ($, el, value) => {
    const $el = $(el);
    if (!$el.data('chosen')) return false;
    $el.val(value).trigger('chosen:updated').trigger('change');
    return el.value === value;
  },
  'datepicker.set': ($, el, iso) => {
    const date = isoToDate(iso);
    const $el = $(el);
    if (!date || typeof $el.datepicker !== 'function') return false;
    // jQuery UI marks its inputs; bootstrap-datepicker keeps an instance in data('datepicker').
    if ($el.hasClass('hasDatepicker') || $el.data('datepicker')) {
      $el.datepicker('setDate', date);
      $el.trigger('change');
      return el.value !== '';
    }
    return false;
  },
};

export default defineContentScript({
  matches: ['*://*.gov.vn/*'],
  world: 'MAIN',
  allFrames: true,
  runAt: 'document_idle',
  main() {
    document.addEventListener(BRIDGE_EVENT, (e) => {
      let req: { id?: unknown; cmd?: unknown; arg?: unknown };
      try {
        req = JSON.parse(String((e as CustomEvent).detail)) as typeof req;
      } catch {
        return;
      }
      const { id, cmd, arg } = req;
      if (typeof id !== 'string' || !/^troly-[a-z0-9-]{1,40}$/.test(id) || typeof cmd !== 'string' || typeof arg !== 'string') return;
      const run = Object.prototype.hasOwnProperty.call(COMMANDS, cmd) ? COMMANDS[cmd] : undefined;
      const el = document.querySelector(`[${BRIDGE_ATTR}="${id}"]`) as (HTMLInputElement & HTMLSelectElement) | null;
      const $ = (window as unknown as { jQuery?: JQ }).jQuery;
      let ok = false;
      try {
        ok = !!(run && el && $ && run($, el, arg.slice(0, 200)));
      } catch {
        ok = false;
      }
      document.dispatchEvent(new CustomEvent(BRIDGE_DONE, { detail: JSON.stringify({ id, ok, value: el?.value ?? '' }) }));
    });
  },
});
