import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';

/** Portals outside *.gov.vn: the officer grants each host at run time (optional host permissions). */
export function hostPattern(input: string): string | undefined {
  let text = input.trim();
  if (!text) return undefined;
  if (!/^https?:\/\//i.test(text)) text = `https://${text}`;
  try {
    const u = new URL(text);
    if (!/^[a-z0-9.-]+$/i.test(u.hostname) || !u.hostname.includes('.')) return undefined;
    return `*://${u.hostname}/*`;
  } catch {
    return undefined;
  }
}

export function ExtraHosts() {
  const [hosts, setHosts] = useState<string[]>([]);
  const [value, setValue] = useState('');
  const [msg, setMsg] = useState('');

  async function refresh() {
    const all = await browser.permissions.getAll();
    setHosts((all.origins ?? []).filter((o) => !o.includes('gov.vn')));
  }
  useEffect(() => void refresh(), []);

  async function add(e: Event) {
    e.preventDefault();
    const pattern = hostPattern(value);
    if (!pattern) return setMsg('Địa chỉ không hợp lệ. Ví dụ: motcua.tinh.vn');
    const granted = await browser.permissions.request({ origins: [pattern] });
    setMsg(granted ? `Đã cho phép ${pattern}.` : 'Chưa được cấp quyền cho địa chỉ này.');
    if (granted) {
      await browser.runtime.sendMessage({ type: 'hosts:changed' }).catch(() => undefined);
      setValue('');
      await refresh();
    }
  }

  async function remove(origin: string) {
    await browser.permissions.remove({ origins: [origin] });
    await browser.runtime.sendMessage({ type: 'hosts:changed' }).catch(() => undefined);
    await refresh();
  }

  return (
    <section class="card">
      <h2>Cổng dịch vụ ngoài *.gov.vn</h2>
      <form class="row" onSubmit={add}>
        <label class="field" style={{ flex: 1 }}>
          <span>Địa chỉ cổng (ví dụ motcua.tinh.vn)</span>
          <input type="text" value={value} onInput={(e) => setValue((e.target as HTMLInputElement).value)} />
        </label>
        <button type="submit">Thêm cổng</button>
      </form>
      <div role="status" class="status">{msg}</div>
      <ul class="plain">
        {hosts.map((h) => (
          <li key={h} class="row">
            {h} <button onClick={() => remove(h)}>Bỏ</button>
          </li>
        ))}
      </ul>
    </section>
  );
}
