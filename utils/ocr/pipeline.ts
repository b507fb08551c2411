import { foldVi } from '../vi/fold';
import { locateFields } from './boxes';
import { classifyDoc } from './classify';
import { extractFields } from './extract';
import { checkIdAgainst } from './idnumber';
import { rereadFeatures } from './reread-features';
import { parseMrz, validProvince } from './mrz';
import { parseQrPayload } from './qr';
import { ADDRESS_KEYS, addressScore, rereadAddress } from './reread-address';
import { cropGray, grayToRgba, prepareForOcr, resizeGray, type GrayImage } from './preprocess';
import { textWithGaps, toLines } from './text';
import type { Box, DocType, OcrLine, OcrResult, RgbaImage, TextEngine } from './types';

/** The fields each paper carries (shared/data-dictionary.md). */
export const DOC_FIELDS: Record<DocType, string[]> = {
  cccd_2021_front: ['idNumber', 'fullName', 'dateOfBirth', 'sex', 'nationality', 'placeOfOrigin', 'placeOfResidence', 'expiryDate'],
  cccd_2021_back: ['issueDate', 'personalFeatures', 'idNumber', 'dateOfBirth', 'sex', 'expiryDate'],
  cancuoc_2024_front: ['idNumber', 'fullName', 'dateOfBirth', 'sex', 'nationality'],
  cancuoc_2024_back: ['placeOfResidence', 'birthRegistrationPlace', 'issueDate', 'expiryDate', 'idNumber', 'dateOfBirth', 'sex'],
  cmnd_front: ['oldIdNumber', 'fullName', 'dateOfBirth', 'placeOfOrigin', 'placeOfResidence'],
  birth_certificate: [
    'fullName', 'dateOfBirth', 'sex', 'ethnicity', 'nationality', 'placeOfBirth', 'placeOfOrigin', 'idNumber',
    'fatherName', 'motherName', 'registrationNumber', 'registrationDate',
  ],
};

/** Papers that carry a QR code (2021 front, 2024 back), and the 2021 back it may be mistaken for. */
const MAY_HAVE_QR = new Set<DocType>(['cccd_2021_front', 'cancuoc_2024_back', 'cccd_2021_back']);

export interface PipelineDeps {
  engine: TextEngine;
  readQr(image: RgbaImage): Promise<string[]>;
}

export interface ReadOptions {
  signal?: AbortSignal;
  onProgress?(stage: 'qr' | 'ocr' | 'fields', fraction: number): void;
  /** The straightened grey page the OCR read: `boxes` are fractions of it (the review screen's crops). */
  onPrepared?(gray: GrayImage): void;
}

function checkAbort(signal?: AbortSignal) {
  if (signal?.aborted) throw new DOMException('Đã huỷ đọc giấy tờ.', 'AbortError');
}

const same = (a: string, b: string) => foldVi(a).replace(/[^a-z0-9]/g, '') === foldVi(b).replace(/[^a-z0-9]/g, '');

/** image → paper type and fields: QR and MRZ first (checked), OCR for the rest, conflicts reported. */
export async function readPaper(image: RgbaImage, deps: PipelineDeps, opts: ReadOptions = {}): Promise<OcrResult> {
  const result: OcrResult = { docType: null, fields: {}, confidence: {}, sources: {}, conflicts: [] };
  if (image.width < 200 || image.height < 120) return { ...result, error: 'Ảnh quá nhỏ để đọc (cần rộng ít nhất 200 điểm ảnh).' };
  checkAbort(opts.signal);
  opts.onProgress?.('qr', 0);
  let qr = (await deps.readQr(image).catch(() => [])).map(parseQrPayload).find(Boolean);
  checkAbort(opts.signal);
  opts.onProgress?.('ocr', 0.1);
  // Levelled grey copy: tesseract's own deskew copes with a degree or two, photos are often tilted more.
  const prepared = prepareForOcr(image, { targetWidth: 1200 });
  opts.onPrepared?.(prepared.gray);
  const ocr = await deps.engine.recognize(grayToRgba(prepared.gray), { withLines: true });
  checkAbort(opts.signal);
  opts.onProgress?.('fields', 0.9);
  const lines = toLines(ocr.lines?.length ? textWithGaps(ocr.lines) : ocr.text);
  let mrz = parseMrz(lines.raw);
  let docType = classifyDoc(ocr.text, { hasQr: Boolean(qr), hasMrz: Boolean(mrz) });
  if (!qr && docType && MAY_HAVE_QR.has(docType)) {
    // A small or tilted photo's QR modules are too fine to decode; the straightened, enlarged page may do.
    const g = prepared.gray;
    for (const f of [1, 1.6]) {
      if (qr) break;
      const page = f === 1 ? g : resizeGray(g, Math.round(g.width * f), Math.round(g.height * f));
      qr = (await deps.readQr(grayToRgba(page)).catch(() => [])).map(parseQrPayload).find(Boolean);
    }
    if (qr) docType = classifyDoc(ocr.text, { hasQr: true, hasMrz: Boolean(mrz) });
    checkAbort(opts.signal);
  }
  if (!mrz && (docType === 'cccd_2021_back' || docType === 'cancuoc_2024_back')) {
    // The MRZ fills the bottom of the back; read it alone with the OCR-B alphabet.
    mrz = await rereadMrz(deps.engine, prepared.gray, ocr.lines);
    checkAbort(opts.signal);
  }
  if (!docType) {
    return { ...result, error: 'Không nhận ra loại giấy tờ (căn cước, CMND, giấy khai sinh). Hãy chụp rõ, thẳng và đủ cả mặt giấy.' };
  }
  result.docType = docType;
  const wanted = new Set(DOC_FIELDS[docType]);
  const text = extractFields(docType, lines);
  // Printed fields the single-block reading missed (a column it merged, a line it skipped): one more reading
  // with automatic page segmentation fills only what is still missing. QR and MRZ fields need no second look.
  const fromCodes = new Set([...(qr ? ['idNumber', 'fullName', 'dateOfBirth', 'sex', 'placeOfResidence', 'issueDate'] : []), ...(mrz ? ['idNumber', 'dateOfBirth', 'sex', 'expiryDate'] : [])]);
  const missing = DOC_FIELDS[docType].filter((k) => !text[k] && !fromCodes.has(k) && k !== 'personalFeatures');
  if (missing.length) {
    const again = await deps.engine.recognize(grayToRgba(prepared.gray), { psm: 3, withLines: true });
    checkAbort(opts.signal);
    const more = extractFields(docType, toLines(again.lines?.length ? textWithGaps(again.lines) : again.text));
    for (const k of missing) if (more[k]) text[k] = more[k];
  }
  for (const key of ADDRESS_KEYS) {
    if (!wanted.has(key) || fromCodes.has(key) || addressScore(key, text[key]) >= 0) continue;
    const best = await rereadAddress(deps.engine, prepared.gray, ocr.lines ?? [], key, text[key]);
    checkAbort(opts.signal);
    if (best) text[key] = best;
  }
  if (docType === 'cccd_2021_back') {
    const feat = await rereadFeatures(deps.engine, prepared.gray, ocr.lines ?? [], Boolean(prepared.paper), text.personalFeatures);
    if (feat) text.personalFeatures = feat;
    checkAbort(opts.signal);
  }
  if ((docType === 'cancuoc_2024_front' || docType === 'cccd_2021_front') && !qr) {
    const id = await rereadIdNumber(deps.engine, prepared.gray, ocr.lines ?? [], text);
    if (id) text.idNumber = id;
    checkAbort(opts.signal);
  }
  if (docType === 'cmnd_front' && text.oldIdNumber) {
    const id = await rereadOldNumber(deps.engine, prepared.gray, ocr.lines ?? [], text.oldIdNumber);
    if (id) text.oldIdNumber = id;
    checkAbort(opts.signal);
  }
  const textConf = Math.max(0.3, Math.min(0.95, ocr.confidence / 100));

  const machine: Record<string, [string, 'qr' | 'mrz']> = {};
  if (qr) {
    machine.idNumber = [qr.idNumber, 'qr'];
    machine.fullName = [qr.fullName.toLocaleUpperCase('vi'), 'qr'];
    machine.dateOfBirth = [qr.dateOfBirth, 'qr'];
    machine.sex = [qr.sex, 'qr'];
    if (qr.placeOfResidence) machine.placeOfResidence = [qr.placeOfResidence, 'qr'];
    if (qr.issueDate) machine.issueDate = [qr.issueDate, 'qr'];
  }
  if (mrz) {
    for (const [k, v] of [['idNumber', mrz.idNumber], ['dateOfBirth', mrz.dateOfBirth], ['sex', mrz.sex], ['expiryDate', mrz.expiryDate]] as const) {
      if (!v) continue;
      const prior = machine[k];
      if (prior && prior[0] !== v) result.conflicts.push({ field: k, values: { [prior[1]]: prior[0], mrz: v }, message: `QR và MRZ khác nhau ở ${k}` });
      else if (!prior) machine[k] = [v, 'mrz'];
    }
  }
  for (const key of wanted) {
    const m = machine[key];
    const t = text[key];
    if (m) {
      // The printed address keeps its case; the QR's is used when the print is unreadable.
      const useText = key === 'placeOfResidence' && t && same(t, m[0]);
      result.fields[key] = useText ? t! : m[0];
      result.sources[key] = m[1];
      result.confidence[key] = m[1] === 'qr' ? 0.99 : 0.97;
      if (t && !same(t, m[0]) && key !== 'fullName' && key !== 'placeOfResidence') {
        result.conflicts.push({ field: key, values: { [m[1]]: m[0], text: t }, message: `Chữ in và ${m[1].toUpperCase()} khác nhau` });
      }
    } else if (t) {
      result.fields[key] = t;
      result.sources[key] = 'text';
      result.confidence[key] = textConf;
    }
  }
  const id = result.fields.idNumber;
  if (id) {
    const check = checkIdAgainst(id, result.fields.dateOfBirth, result.fields.sex as 'male' | 'female' | undefined);
    if (!check.ok) {
      result.conflicts.push({ field: 'idNumber', values: { idNumber: id }, message: check.message! });
      result.confidence.idNumber = Math.min(result.confidence.idNumber ?? 1, 0.5);
    }
  }
  const located = locateFields(result.fields, ocr.lines ?? [], prepared.gray);
  // A number re-read from its own crop may not match the page reading's text: box it where it was re-read.
  const numberBox = !located.boxes.idNumber && result.sources.idNumber === 'text' ? numberOnFront(ocr.lines ?? [])?.word : undefined;
  if (numberBox) {
    const { width, height } = prepared.gray;
    located.boxes.idNumber = { x0: numberBox.x0 / width, y0: numberBox.y0 / height, x1: numberBox.x1 / width, y1: numberBox.y1 / height };
  }
  if (Object.keys(located.boxes).length) result.boxes = located.boxes;
  for (const [key, c] of Object.entries(located.confidence)) {
    // Printed values take the confidence of their own line; QR and MRZ values keep theirs (checked codes).
    // A field a cross-check doubted keeps its lowered confidence.
    if (result.sources[key] !== 'text') continue;
    const line = Math.max(0.3, Math.min(0.99, c));
    const doubted = result.conflicts.some((x) => x.field === key);
    result.confidence[key] = doubted ? Math.min(result.confidence[key] ?? 1, line) : line;
  }
  opts.onProgress?.('fields', 1);
  return result;
}

const MRZ_CHARS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789<';

async function rereadMrz(engine: TextEngine, gray: GrayImage, lines: OcrLine[] | undefined) {
  const mrzLike = (lines ?? []).filter((l) => /<</.test(l.text) || /VNM/.test(l.text));
  const top = mrzLike.length ? Math.min(...mrzLike.map((l) => l.bbox.y0)) - 10 : gray.height * 0.62;
  const crop = cropGray(gray, { x0: 0, y0: Math.max(0, Math.min(top, gray.height * 0.8)), x1: gray.width, y1: gray.height });
  const r = await engine.recognize(grayToRgba(crop), { psm: 6, whitelist: MRZ_CHARS });
  return parseMrz(r.text.split('\n'));
}

/**
 * The 12-digit number printed on a card front, re-read from its own line with digits only. Among the
 * candidates (full-page reading, line re-reading) the one whose province code, century/sex digit and birth
 * year agree with the printed date of birth and sex wins.
 */
const digitish = (t: string) => (t.match(/[\dOoSsIl]/g) ?? []).length;

/** The printed 12-digit number on a card front: its line (after the "Số định danh" label) and its own word. */
function numberOnFront(lines: OcrLine[]): { line: OcrLine; word?: Box } | undefined {
  const label = lines.findIndex((l) => /so dinh danh|so\s*\/\s*no|personal identification/.test(foldVi(l.text)));
  for (let i = Math.max(0, label); label >= 0 && i <= label + 2 && i < lines.length; i++) {
    const line = lines[i]!;
    if ((line.text.match(/[\dOoSs]/g) ?? []).length < 8) continue;
    // The number alone, from its own word box: the line box often reaches into the photo on its left.
    const word = [...(line.words ?? [])].sort((a, b) => digitish(b.text) - digitish(a.text))[0];
    return { line, ...(word && digitish(word.text) >= 8 ? { word: word.bbox } : {}) };
  }
  // Unreadable at page scale ("Ioselsso4läi"): the line printed right under the label is the number's, unless
  // it is the next label.
  const under = label >= 0 ? lines[label + 1] : undefined;
  if (under && !/ho[,.]? chu dem|ho va ten|full name|surname/.test(foldVi(under.text)) && under.text.replace(/\W/g, '').length >= 6) {
    const word = [...(under.words ?? [])].sort((a, b) => b.text.length - a.text.length)[0];
    return { line: under, ...(word && word.text.length >= 8 ? { word: word.bbox } : {}) };
  }
  return undefined;
}

/** The 9-digit CMND number re-read with digits only from its own word box (the page reading confuses 0 and 9). */
async function rereadOldNumber(engine: TextEngine, gray: GrayImage, lines: OcrLine[], read: string) {
  const line = lines.slice(0, 6).find((l) => l.text.replace(/[\s.]/g, '').includes(read));
  const word = [...(line?.words ?? [])].sort((a, b) => digitish(b.text) - digitish(a.text))[0];
  if (!word || digitish(word.text) < 9) return undefined;
  const b = word.bbox;
  const h = b.y1 - b.y0;
  const crop = cropGray(gray, { x0: b.x0 - h * 0.6, y0: b.y0 - h * 0.35, x1: b.x1 + h * 0.6, y1: b.y1 + h * 0.35 });
  const digits = (await engine.recognize(grayToRgba(crop), { psm: 7, whitelist: '0123456789' })).text.replace(/\D/g, '');
  return digits.length >= 9 && digits.length <= 11 ? digits.slice(-9) : undefined;
}

async function rereadIdNumber(engine: TextEngine, gray: GrayImage, lines: OcrLine[], text: Record<string, string>) {
  const cands: string[] = [];
  const sex = text.sex as 'male' | 'female' | undefined;
  const valid = (c: string) => checkIdAgainst(c, text.dateOfBirth, sex).ok && validProvince(c);
  const found = numberOnFront(lines);
  if (found) {
    // The word box, then the line box; each at page scale, then enlarged (small photos lose the digits' strokes).
    const tries = (found.word ? [found.word, found.line.bbox] : [found.line.bbox]).flatMap((b) => [1, 1.6].map((scale) => ({ b, scale })));
    for (const { b, scale } of tries) {
      const h = b.y1 - b.y0;
      const pad = b === found.line.bbox ? { x: h, y: h * 0.2 } : { x: h * 0.6, y: h * 0.35 };
      let crop = cropGray(gray, { x0: b.x0 - pad.x, y0: b.y0 - pad.y, x1: b.x1 + pad.x, y1: b.y1 + pad.y });
      if (scale !== 1) crop = resizeGray(crop, Math.round(crop.width * scale), Math.round(crop.height * scale));
      const r = await engine.recognize(grayToRgba(crop), { psm: 7, whitelist: '0123456789' });
      const digits = r.text.replace(/\D/g, '');
      if (digits.length >= 12) cands.push(digits.slice(-12));
      if (cands.some(valid)) break;
    }
  }
  // The full-page reading comes last: a digits-only re-read of the number's own box is the surer one.
  if (text.idNumber) cands.push(text.idNumber);
  return cands.find(valid) ?? cands[0];
}

