// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { collectFields } from '../../utils/fill/collect';
import { choiceTextOf, labelsOf, sectionOf } from '../../utils/fill/label';

function page(html: string) {
  document.body.innerHTML = html;
}
const el = (sel: string) => document.querySelector(sel) as HTMLInputElement;

beforeEach(() => page(''));

describe('label finding', () => {
  it('label[for], wrapping label, aria-label and aria-labelledby', () => {
    page(`<label for="a">Họ và tên <span class="req">*</span></label><input id="a">
      <label>Ngày sinh <input id="b"></label>
      <input id="c" aria-label="Số điện thoại">
      <span id="lbl1">Số định danh</span><span id="lbl2">cá nhân</span><input id="d" aria-labelledby="lbl1 lbl2">`);
    expect(labelsOf(el('#a'))).toContain('Họ và tên *');
    expect(labelsOf(el('#b'))).toContain('Ngày sinh');
    expect(labelsOf(el('#c'))).toEqual(['Số điện thoại']);
    expect(labelsOf(el('#d'))[0]).toBe('Số định danh cá nhân');
  });

  it('legacy tables: the cell to the left, or the cell above', () => {
    page(`<table>
      <tr><td>Họ tên:</td><td><input name="txtHoTen"></td><td>Giới tính</td><td><select name="ddlGT"><option>Nam</option></select></td></tr>
      <tr><td>Nơi thường trú</td><td>Nơi ở hiện tại</td></tr>
      <tr><td><input name="a1"></td><td><input name="a2"></td></tr>
    </table>`);
    expect(labelsOf(el('[name=txtHoTen]'))).toContain('Họ tên:');
    expect(labelsOf(el('[name=ddlGT]'))).toContain('Giới tính');
    expect(labelsOf(el('[name=a1]'))).toContain('Nơi thường trú');
    expect(labelsOf(el('[name=a2]'))).toContain('Nơi ở hiện tại');
  });

  it('dt/dd and a component library’s nested boxes', () => {
    page(`<dl><dt>Quốc tịch</dt><dd><input id="q"></dd></dl>
      <div class="el-form-item"><label class="el-form-item__label">Dân tộc</label>
        <div class="el-form-item__content"><div class="el-input"><div class="el-input__wrapper"><input id="dt"></div></div></div></div>
      <div class="row"><div class="col"><span>Email</span></div><div class="col"><input id="e1"></div><div class="col"><input id="e2"></div></div>`);
    expect(labelsOf(el('#q'))).toContain('Quốc tịch');
    expect(labelsOf(el('#dt'))).toContain('Dân tộc');
    // A box holding two controls is not one field's label box: "Email" is not given to the second input.
    expect(labelsOf(el('#e2'))).not.toContain('Email');
  });

  it('radio choice texts', () => {
    page(`<input type="radio" name="gt" id="n" value="1"><label for="n">Nam</label>
      <label><input type="radio" name="gt" id="f" value="2"> Nữ</label>`);
    expect(choiceTextOf(el('#n'))).toBe('Nam');
    expect(choiceTextOf(el('#f'))).toBe('Nữ');
  });

  it('sections from fieldset legends, headings and panel titles', () => {
    page(`<fieldset><legend>Thông tin người mẹ</legend><input id="m"></fieldset>
      <h3>Thông tin người cha</h3><div><div><input id="c"></div></div>
      <div class="panel"><div class="panel-heading">Người yêu cầu</div><div class="panel-body"><input id="y"></div></div>`);
    expect(sectionOf(el('#m'))).toBe('Thông tin người mẹ');
    expect(sectionOf(el('#c'))).toBe('Thông tin người cha');
    expect(sectionOf(el('#y'))).toBe('Người yêu cầu');
  });
});

describe('collecting fields', () => {
  it('skips hidden, read-only, disabled, password and file fields but keeps component-library comboboxes', () => {
    page(`<input name="ok" value="">
      <input type="hidden" name="h"><input name="ro" readonly><input name="dis" disabled>
      <input type="password" name="pw"><input type="file" name="f"><div style="display:none"><input name="css"></div>
      <div hidden><input name="attr"></div>
      <div class="el-select"><div class="el-select__wrapper"><input name="tinh" role="combobox" readonly aria-controls="x"></div></div>`);
    const { fields } = collectFields(document, { layout: false });
    expect(fields.map((f) => f.name)).toEqual(['ok', 'tinh']);
    expect(fields[1]!.widget).toBe('combobox');
  });

  // Same-origin and sandboxed iframes are covered by the browser test (happy-dom does not load frames).
  it('reads controls in open shadow roots, with labels from inside the root', () => {
    page(`<x-field></x-field><input name="outer">`);
    const host = document.querySelector('x-field')!;
    const root = host.attachShadow({ mode: 'open' });
    root.innerHTML = '<label for="s">Quê quán</label><input id="s" name="shadowField">';
    const { fields } = collectFields(document, { layout: false });
    expect(fields.map((f) => f.name).sort()).toEqual(['outer', 'shadowField']);
    expect(fields.find((f) => f.name === 'shadowField')!.labels).toContain('Quê quán');
  });

  it('marks Select2/Chosen selects and jQuery datepickers as widgets', () => {
    page(`<select name="s2" class="select2-hidden-accessible" aria-hidden="true"><option>A</option></select><span class="select2 select2-container"></span>
      <select name="ch" style="display:none"><option>A</option></select><div class="chosen-container"></div>
      <input name="d" class="hasDatepicker">`);
    const { fields } = collectFields(document, { layout: false });
    expect(Object.fromEntries(fields.map((f) => [f.name, f.widget]))).toEqual({ s2: 'select2', ch: 'chosen', d: 'jq-datepicker' });
  });
});

describe('our own overlay', () => {
  it('is never collected as part of the page form', () => {
    page(`<label for="a">Họ và tên</label><input id="a"><tro-ly-mot-cua></tro-ly-mot-cua>`);
    const root = document.querySelector('tro-ly-mot-cua')!.attachShadow({ mode: 'open' });
    root.innerHTML = '<label for="s">Tìm công dân</label><input id="s" placeholder="Số định danh hoặc họ tên không dấu">';
    expect(collectFields(document, { layout: false }).fields.map((f) => f.id)).toEqual(['a']);
  });
});
