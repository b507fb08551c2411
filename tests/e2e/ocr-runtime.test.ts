import jpeg from 'jpeg-js';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { makeJpegPdf } from '../ocr/make-pdf';
import { useImportedSession } from './harness';
import { bytesOf, firstOf } from './ocr-dev';

const b64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');

const session = useImportedSession();

interface RunReply {
  reply: { ok: boolean; error?: string; cancelled?: boolean; data?: { file: string; page?: number; preview?: string; result: { docType: string | null; fields: Record<string, string>; error?: string } }[] };
  progress: { index: number; total: number; stage: string; fraction: number }[];
}

/** Sends files to the OCR runtime the way the side panel's client does, from an extension page. */
async function run(page: Page, files: { name: string; mime: string; base64: string }[], cancelAfterFirstProgress = false): Promise<RunReply> {
  return page.evaluate(
    async ({ files, cancelAfterFirstProgress }) => {
      const rt = (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown>; onMessage: { addListener(f: (m: unknown) => void): void } } } }).chrome.runtime;
      const ensured = (await rt.sendMessage({ type: 'ocr:ensure' })) as { ok: boolean; data: string };
      if (!ensured.ok || ensured.data !== 'offscreen') throw new Error(`no offscreen runtime: ${JSON.stringify(ensured)}`);
      const id = `t-${Math.random()}`;
      const progress: RunReply['progress'] = [];
      rt.onMessage.addListener((m) => {
        const p = m as { type?: string; id?: string } & RunReply['progress'][number];
        if (p.type !== 'ocr:progress' || p.id !== id) return;
        progress.push({ index: p.index, total: p.total, stage: p.stage, fraction: p.fraction });
        if (cancelAfterFirstProgress && progress.length === 1) void rt.sendMessage({ target: 'offscreen', type: 'ocr:cancel', id });
      });
      const reply = (await rt.sendMessage({ target: 'offscreen', type: 'ocr:run', id, files })) as RunReply['reply'];
      return { reply, progress };
    },
    { files, cancelAfterFirstProgress },
  );
}

describe('OCR runtime in the extension (offscreen document, bundled models)', () => {
  it('reads a card photo and every page of a scanned PDF on the device, with progress and no network', async () => {
    const s = session();
    const page = await s.context.newPage();
    await page.goto(s.extUrl('sidepanel.html'));
    const front = firstOf('cccd_2021_front', true);
    const back = firstOf('cancuoc_2024_back', true);
    const mrzBack = firstOf('cccd_2021_back');
    const pdf = makeJpegPdf(
      [back, mrzBack].map((t) => {
        const bytes = bytesOf(t);
        const { width, height } = jpeg.decode(bytes, { useTArray: true });
        return { jpeg: bytes, width, height };
      }),
    );
    const before = s.externalRequests.length;
    const { reply, progress } = await run(page, [
      { name: 'mat-truoc.jpg', mime: 'image/jpeg', base64: b64(bytesOf(front)) },
      { name: 'ho-so.pdf', mime: 'application/pdf', base64: b64(pdf) },
    ]);
    expect(reply.ok, reply.error).toBe(true);
    const reads = reply.data!;
    expect(reads.map((r) => [r.file, r.page ?? null, r.result.docType])).toEqual([
      ['mat-truoc.jpg', null, 'cccd_2021_front'],
      ['ho-so.pdf', 1, 'cancuoc_2024_back'],
      ['ho-so.pdf', 2, 'cccd_2021_back'],
    ]);
    // Numbers from the QR code and the MRZ are exact.
    expect(reads.map((r) => r.result.fields.idNumber)).toEqual([front.fields.idNumber, back.fields.idNumber, mrzBack.fields.idNumber]);
    expect(reads[0]!.result.fields.dateOfBirth).toBe(front.fields.dateOfBirth);
    expect(reads[0]!.preview).toMatch(/^data:image\/jpeg;base64,/);
    // The bar moves forward through all three pages.
    expect(progress.length).toBeGreaterThan(3);
    expect(progress.at(-1)).toMatchObject({ total: 3, fraction: 1 });
    expect(progress.map((p) => p.fraction)).toEqual([...progress.map((p) => p.fraction)].sort((a, b) => a - b));
    // Models, worker and wasm all came from the extension itself.
    expect(s.externalRequests.slice(before)).toEqual([]);
  });

  it('explains a broken file in Vietnamese without failing the others, and cancels on request', async () => {
    const s = session();
    const page = await s.context.newPage();
    await page.goto(s.extUrl('sidepanel.html'));
    const good = bytesOf(firstOf('cccd_2021_front', true));
    const { reply } = await run(page, [
      { name: 'hong.jpg', mime: 'image/jpeg', base64: b64(good.subarray(0, 1500)) },
      { name: 'rong.pdf', mime: 'application/pdf', base64: b64(new TextEncoder().encode('%PDF-1.4\nrác')) },
      { name: 'tot.jpg', mime: 'image/jpeg', base64: b64(good) },
    ]);
    expect(reply.ok).toBe(true);
    const [broken, badPdf, fine] = reply.data!;
    expect(broken!.result.error).toMatch(/hỏng|không đầy đủ|không đọc được/);
    expect(badPdf!.result.error).toMatch(/PDF bị hỏng/);
    expect(fine!.result.docType).toBe('cccd_2021_front');

    const cancelled = await run(page, [{ name: 'a.jpg', mime: 'image/jpeg', base64: b64(good) }, { name: 'b.jpg', mime: 'image/jpeg', base64: b64(good) }], true);
    expect(cancelled.reply).toMatchObject({ ok: false, cancelled: true });
    expect(cancelled.reply.error).toMatch(/huỷ/);
  });

  it('refuses messages that are not a well-formed OCR job', async () => {
    const s = session();
    const page = await s.context.newPage();
    await page.goto(s.extUrl('sidepanel.html'));
    const reply = await page.evaluate(async () => {
      const rt = (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome.runtime;
      await rt.sendMessage({ type: 'ocr:ensure' });
      return rt.sendMessage({ target: 'offscreen', type: 'ocr:run', id: 'x', files: [] });
    });
    expect(reply).toMatchObject({ ok: false, error: expect.stringMatching(/không hợp lệ/) });
  });
});
