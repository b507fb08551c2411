import { useState } from 'preact/hooks';
import { exportRecipes, parseRecipeFile } from '../../utils/fill/recipe-file';
import { errorMessage } from '../../utils/store/errors';
import { importRecipes, listRecipes } from '../../utils/store/recipes';
import { downloadText } from '../ui/download';

/** Site recipes (fields taught in the overlay) shared by a whole unit as one file. */
export function Recipes() {
  const [msg, setMsg] = useState<{ text: string; error: boolean } | null>(null);

  async function exportAll() {
    const profiles = await listRecipes();
    downloadText('mau-trang-tro-ly-mot-cua.json', exportRecipes(profiles), 'application/json');
    setMsg({ text: `Đã xuất ${profiles.length} mẫu trang.`, error: false });
  }

  async function onFile(e: Event) {
    const input = e.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    const parsed = parseRecipeFile(await file.text());
    if (!parsed.ok) return setMsg({ text: `Không nhập được: ${parsed.error} Không có gì thay đổi.`, error: true });
    try {
      const n = await importRecipes(parsed.profiles);
      setMsg({ text: `Đã nhập ${n} mẫu trang.`, error: false });
    } catch (err) {
      setMsg({ text: `Không nhập được: ${errorMessage(err)} Không có gì thay đổi.`, error: true });
    }
  }

  return (
    <section class="card">
      <h2>Mẫu trang đã dạy</h2>
      <p class="muted">Các trường cán bộ đã dạy trên từng cổng. Xuất ra tệp để cả đơn vị dùng chung.</p>
      <div class="row">
        <button onClick={exportAll}>Xuất mẫu trang</button>
        <label class="field">
          <span>Nhập mẫu trang</span>
          <input type="file" accept=".json,application/json" onChange={onFile} />
        </label>
        <a href="/dashboard.html" target="_blank">Mở bảng theo dõi hạn xử lý</a>
      </div>
      {msg && (
        <div role="status" class={`status ${msg.error ? 'error' : 'ok'}`}>
          {msg.text}
        </div>
      )}
    </section>
  );
}
