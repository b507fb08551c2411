/** An image handed from the right-click "Đọc bằng OCR" to the side panel, kept in memory-only session storage. */
export const PENDING_KEY = 'ocr:pending';
/** chrome.storage.session holds 10 MB; base64 grows bytes by a third. */
export const PENDING_MAX_BYTES = 7 * 1024 * 1024;

export type PendingPaper = { name: string; mime: string; base64: string } | { error: string };
