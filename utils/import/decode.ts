/** Result of turning a file's bytes into text: Vietnamese text must survive intact, so only UTF-8 is accepted. */
export type Decoded = { ok: true; text: string } | { ok: false; error: string };

export function decodeUtf8(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) return { ok: false, error: 'Tệp trống, không có dữ liệu để nhập.' };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return {
      ok: false,
      error: 'Tệp không phải mã UTF-8 (có thể là Windows-1258 hoặc TCVN3). Hãy lưu lại tệp dưới dạng "CSV UTF-8" rồi nhập lại.',
    };
  }
  text = text.normalize('NFC');
  if (!text.trim()) return { ok: false, error: 'Tệp trống, không có dữ liệu để nhập.' };
  return { ok: true, text };
}
