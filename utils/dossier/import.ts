import { DossierRepo } from './db';
import { parseDossierTableStrict } from './parse';
import { requestDeadlineRefresh } from './refresh';

/**
 * "Lấy danh sách hồ sơ": the content script reads the portal's table (table-dom.ts findDossierTable) and sends
 * header and cell strings to the background, which calls this. All rows are checked first; a bad table changes
 * nothing and throws a Vietnamese message. Rows the list shows as done become resolved.
 */
export async function importDossierTable(headers: string[], rows: string[][], repo = new DossierRepo()): Promise<{ added: number; updated: number; unchanged: number; message: string }> {
  const dossiers = parseDossierTableStrict(headers, rows, { source: 'bảng trên trang' });
  const r = await repo.importMerge(dossiers);
  requestDeadlineRefresh();
  return { ...r, message: `Đã lấy ${dossiers.length} hồ sơ: thêm ${r.added}, cập nhật ${r.updated}, không đổi ${r.unchanged}.` };
}
