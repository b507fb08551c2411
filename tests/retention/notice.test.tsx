// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { render } from 'preact';
import { beforeEach, describe, expect, it } from 'vitest';
import { RetentionNotice } from '../../components/security/RetentionNotice';
import { plainCodec, setCodec } from '../../utils/store/codec';
import { db } from '../../utils/store/db';
import { upsertPersons } from '../../utils/store/persons';

const DAY = 86_400_000;
const until = async (check: () => boolean, ms = 5000) => {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error(`timeout; page: ${document.body.textContent}`);
    await new Promise((r) => setTimeout(r, 20));
  }
};

beforeEach(async () => {
  setCodec(plainCodec);
  await db().persons.clear();
  await db().meta.clear();
});

describe('retention warning on the options page', () => {
  it('lists who will be deleted and when; "Giữ lại" keeps a record still needed', async () => {
    const { ids } = await upsertPersons([
      { idNumber: '001089012345', fullName: 'Nguyễn Văn An' },
      { idNumber: '048195004321', fullName: 'Trần Thị Bích Ngọc' },
    ]);
    await db().persons.update(ids[0]!, { updatedAt: Date.now() - 87 * DAY });
    const root = document.createElement('div');
    document.body.append(root);
    render(<RetentionNotice />, root);
    await until(() => (root.textContent ?? '').includes('Nguyễn Văn An'));
    expect(root.textContent).toContain('1 công dân sẽ bị xoá');
    expect(root.textContent).toContain('Nguyễn Văn An — còn 3 ngày');
    expect(root.textContent).not.toContain('Trần Thị Bích Ngọc');
    (Array.from(root.querySelectorAll('button')).find((b) => b.textContent === 'Giữ lại') as HTMLButtonElement).click();
    await until(() => !(root.textContent ?? '').includes('Nguyễn Văn An'));
    expect((await db().persons.get(ids[0]!))!.lastUsedAt).toBeGreaterThan(Date.now() - 60_000);
    render(null, root);
  });
});
