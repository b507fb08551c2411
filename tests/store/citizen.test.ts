import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { makeCryptoCodec } from '../../utils/crypto/codec';
import { useSessionArea } from '../../utils/crypto/session';
import { findDraft, saveDraft } from '../../utils/drafts/store';
import { setCodec } from '../../utils/store/codec';
import { exportCitizen } from '../../utils/store/citizen-export';
import { db } from '../../utils/store/db';
import { eraseCitizen } from '../../utils/store/erase';
import { beginJournal, interruptedMessage, interruptedWrite } from '../../utils/store/journal';
import { countPersons, upsertPersons } from '../../utils/store/persons';

function memory() {
  const m = new Map<string, unknown>();
  return {
    get: async (k: string) => (m.has(k) ? { [k]: m.get(k) } : {}),
    set: async (items: Record<string, unknown>) => void Object.entries(items).forEach(([k, v]) => m.set(k, v)),
    remove: async (k: string | string[]) => void (Array.isArray(k) ? k : [k]).forEach((x) => m.delete(x)),
  };
}

const url = 'https://dichvucong.gov.vn/nop-ho-so';
const an = { idNumber: '001089012345', fullName: 'Nguyễn Văn An' };
const draftOf = (sig: string, value: string) => ({ url, signature: sig, fields: [{ key: 'n:hoTen', value }, { key: 'n:so', value: '' }] });

beforeEach(async () => {
  setCodec(await makeCryptoCodec(crypto.getRandomValues(new Uint8Array(64))));
  useSessionArea(memory());
  await Promise.all([db().persons.clear(), db().meta.clear(), db().drafts.clear(), db().audit.clear()]);
});

describe('one citizen everywhere', () => {
  it('export holds the record, their drafts and the audit entries; delete removes the drafts too', async () => {
    const { ids } = await upsertPersons([an, { idNumber: '048195004321', fullName: 'Trần Thị Bích Ngọc' }]);
    await saveDraft(draftOf('a', 'NGUYEN VAN AN'));
    await saveDraft({ url, signature: 'b', fields: [{ key: 'n:so', value: '001 089 012 345' }] });
    await saveDraft(draftOf('c', 'Trần Thị Bích Ngọc'));
    const file = JSON.parse((await exportCitizen(ids[0]!))!);
    expect(file.person.fullName).toBe('Nguyễn Văn An');
    expect(file.drafts.map((d: { signature: string }) => d.signature).sort()).toEqual(['a', 'b']);
    expect(file.audit).toEqual([]); // nothing was done with this record before the export
    await eraseCitizen(ids[0]!);
    expect(await countPersons()).toBe(1);
    expect(await findDraft(url, ['a', 'b'])).toBeUndefined();
    expect((await findDraft(url, ['c']))?.snapshot.fields[0]!.value).toBe('Trần Thị Bích Ngọc');
    const audit = await db().audit.toArray();
    expect(audit.map((r) => r.action)).toEqual(['export', 'delete']);
    expect(JSON.stringify(audit)).not.toMatch(/Nguyễn|001089012345/);
  });
});

describe('interrupted writes', () => {
  it('an import cut off before its transaction committed is reported at the next open; a finished one is not', async () => {
    await beginJournal('import', 250, Date.UTC(2026, 10, 22, 3, 5));
    // …the page is closed here: the persons transaction never ran.
    const e = await interruptedWrite();
    expect(e).toMatchObject({ kind: 'import', count: 250, state: 'running' });
    expect(interruptedMessage(e!)).toMatch(/^Lần nhập 250 công dân lúc .* đã bị gián đoạn .* Không có dữ liệu nào của lần đó được ghi: hãy làm lại\.$/);
    await upsertPersons([an], { journal: 'import' });
    expect(await interruptedWrite()).toBeUndefined();
  });
});

describe('audit log for supervisors', () => {
  it('exports every entry as CSV with ids only, never names or numbers', async () => {
    const { auditCsv, allAudit, logAudit } = await import('../../utils/store/audit');
    const { ids } = await upsertPersons([an]);
    for (let i = 0; i < 250; i++) await logAudit({ action: 'fill', origin: 'https://dichvucong.gov.vn', recordIds: ids });
    await eraseCitizen(ids[0]!);
    const csv = auditCsv(await allAudit());
    const lines = csv.trim().split('\r\n');
    expect(lines).toHaveLength(1 + 251);
    expect(csv.startsWith('\uFEFFat,action,origin,recordIds,count\r\n')).toBe(true); // BOM: Excel reads it as UTF-8
    expect(lines.at(-1)).toMatch(new RegExp(`^\\d{4}-.*Z,delete,,${ids[0]},1$`));
    expect(csv).not.toMatch(/Nguyễn|Nguyen|001089012345/);
  });
});

describe('a damaged draft does not block deleting a citizen', () => {
  it('skips unreadable drafts and still deletes the record and the readable drafts', async () => {
    const { ids } = await upsertPersons([an]);
    await saveDraft(draftOf('a', 'Nguyễn Văn An'));
    await db().drafts.put({ key: 'hong', origin: 'https://dichvucong.gov.vn', updatedAt: Date.now(), body: 'v1:không-phải-base64' });
    await eraseCitizen(ids[0]!);
    expect(await countPersons()).toBe(0);
    expect(await findDraft(url, ['a'])).toBeUndefined();
  });
});

describe('no false "interrupted" notice', () => {
  it('an import refused before writing (invalid row, locked) leaves no note behind', async () => {
    await expect(upsertPersons([an, { idNumber: '12', fullName: 'X' }], { journal: 'import' })).rejects.toThrow();
    expect(await interruptedWrite()).toBeUndefined();
    const { lockedCodec } = await import('../../utils/store/codec');
    setCodec(lockedCodec);
    await expect(upsertPersons([an], { journal: 'import' })).rejects.toThrow(/đang khóa/);
    expect(await interruptedWrite()).toBeUndefined();
  });
});
