// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { applyPlan, undoFill } from '../../utils/fill/apply';
import { classifyAll } from '../../utils/fill/classify';
import { collectFields } from '../../utils/fill/collect';
import { buildPlan } from '../../utils/fill/plan';
import type { Person } from '../../utils/schema';

const an = { id: 'p1', fullName: 'Nguyễn Văn An', dateOfBirth: '1989-03-05', sex: 'male', phone: '0912345678', placeOfResidence: 'Phường Cửa Nam, Thành phố Hà Nội' } as Person;

async function fill(opts: { overwrite?: boolean; cascadeTimeoutMs?: number } = {}) {
  const { fields, elements } = collectFields(document, { layout: false });
  const plan = buildPlan(fields, classifyAll(fields), { applicant: an }, { overwrite: opts.overwrite ?? false });
  return { plan, ...(await applyPlan(plan, elements, { settleMs: 20, cascadeTimeoutMs: opts.cascadeTimeoutMs ?? 300 })) };
}
const v = (sel: string) => (document.querySelector(sel) as HTMLInputElement).value;

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('apply', () => {
  it('sets values through the native setter with bubbling input and change events', async () => {
    document.body.innerHTML = `<label for="a">Họ và tên</label><input id="a"><label for="b">Ngày sinh</label><input id="b" placeholder="dd/mm/yyyy">`;
    const seen: string[] = [];
    document.addEventListener('input', (e) => seen.push(`input:${(e.target as HTMLElement).id}`));
    document.addEventListener('change', (e) => seen.push(`change:${(e.target as HTMLElement).id}`));
    const { results } = await fill();
    expect(results.every((r) => r.ok)).toBe(true);
    expect(v('#a')).toBe('Nguyễn Văn An');
    expect(v('#b')).toBe('05/03/1989');
    expect(seen).toEqual(['input:a', 'change:a', 'input:b', 'change:b']);
  });

  it('waits for a cascading child select, and gives a Vietnamese message when its option never comes', async () => {
    document.body.innerHTML = `<fieldset><legend>Nơi thường trú</legend>
      <label for="p">Tỉnh/Thành phố</label><select id="p"><option value="">--</option><option value="01">Thành phố Hà Nội</option></select>
      <label for="w">Phường/Xã</label><select id="w"><option value="">-- Chọn phường/xã --</option></select></fieldset>`;
    const p = document.querySelector('#p') as HTMLSelectElement;
    const w = document.querySelector('#w') as HTMLSelectElement;
    p.addEventListener('change', () =>
      setTimeout(() => {
        const o = document.createElement('option');
        o.value = '00001';
        o.textContent = 'Phường Cửa Nam';
        w.append(o);
      }, 60),
    );
    const { results } = await fill();
    expect(results.map((r) => r.ok)).toEqual([true, true]);
    expect(w.value).toBe('00001');

    document.body.innerHTML = `<fieldset><legend>Nơi thường trú</legend>
      <label for="p">Tỉnh/Thành phố</label><select id="p"><option value="01">Thành phố Hà Nội</option></select>
      <label for="w">Phường/Xã</label><select id="w"><option value="">-- Chọn phường/xã --</option></select></fieldset>`;
    const late = await fill({ cascadeTimeoutMs: 100 });
    expect(late.results[1]).toMatchObject({ ok: false, reason: expect.stringContaining('Danh sách chưa tải lựa chọn "Phường Cửa Nam"') });
  });

  it('reports a value the page overwrites after the fill', async () => {
    document.body.innerHTML = `<label for="t">Số điện thoại</label><input id="t">`;
    const t = document.querySelector('#t') as HTMLInputElement;
    t.addEventListener('change', () => setTimeout(() => (t.value = ''), 5));
    const { results } = await fill();
    expect(results[0]).toMatchObject({ ok: false, reason: 'Trang đã xóa giá trị sau khi điền' });
  });

  it('picks from a custom ARIA combobox by clicking its option', async () => {
    document.body.innerHTML = `<label for="g">Giới tính</label>
      <div class="el-select"><div class="el-select__wrapper"><input id="g" role="combobox" readonly aria-controls="lb">
      <span class="el-select__selected-item el-select__placeholder is-transparent">Chọn</span></div></div>
      <ul id="lb" role="listbox"></ul>`;
    const wrapper = document.querySelector('.el-select__wrapper')!;
    const shown = document.querySelector('.el-select__selected-item')!;
    wrapper.addEventListener('click', () => {
      const lb = document.querySelector('#lb')!;
      if (lb.children.length) return;
      for (const t of ['Nam', 'Nữ']) {
        const li = document.createElement('li');
        li.setAttribute('role', 'option');
        li.textContent = t;
        li.addEventListener('click', () => {
          shown.textContent = t;
          shown.classList.remove('is-transparent');
        });
        lb.append(li);
      }
    });
    const { results } = await fill();
    expect(results[0]).toMatchObject({ ok: true });
    expect(shown.textContent).toBe('Nam');
  });

  it('leaves traps alone and undo restores what was there', async () => {
    document.body.innerHTML = `<label for="a">Họ và tên</label><input id="a">
      <label for="c">Mã xác nhận</label><input id="c">
      <label for="r">Số điện thoại</label><input id="r" readonly value="0000">
      <label for="h">Ngày sinh</label><input id="h" type="hidden">
      <label for="e">Thư điện tử</label><input id="e" value="cu@example.vn">`;
    const { undo, plan } = await fill();
    expect(v('#a')).toBe('Nguyễn Văn An');
    expect(v('#c')).toBe('');
    expect(v('#r')).toBe('0000');
    expect(v('#h')).toBe('');
    expect(v('#e')).toBe('cu@example.vn');
    expect(plan.problems.map((p) => p.key)).toContain('email');
    await undoFill(undo);
    expect(v('#a')).toBe('');
  });
});
