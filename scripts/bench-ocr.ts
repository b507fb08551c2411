/**
 * npm run bench:ocr -- <dir> [--no-baseline] [--limit N] [--perturb [seed]]
 * Pipeline (QR + MRZ + OCR + parsing) against plain full-page tesseract.js with label parsing, on a folder of
 * images with truth sidecars (shared/ocr-dev format). Prints docType accuracy, per-docType and per-field accuracy,
 * overall field accuracy, median and p90 ms per image. With --perturb, every image is first rotated, scaled and
 * (scans) laid on a desk (scripts/ocr-perturb.ts): the same papers as the OCR has not seen them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createWorker } from 'tesseract.js';
import { classifyDoc } from '../utils/ocr/classify';
import { extractFields } from '../utils/ocr/extract';
import { createNodeEngine, decodeImage, encodePng, readQrNode } from '../utils/ocr/node';
import { drawPerturbation, perturb, seededRandom } from './ocr-perturb';
import { DOC_FIELDS, readPaper } from '../utils/ocr/pipeline';
import { median, percentile, scorePrediction, type Scored } from '../utils/ocr/score';
import { toLines } from '../utils/ocr/text';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';

const args = process.argv.slice(2);
const dir = resolve(process.env.INIT_CWD ?? process.cwd(), args.find((a) => !a.startsWith('--')) ?? '../shared/ocr-dev');
const limitIdx = args.indexOf('--limit');
const limit = limitIdx >= 0 ? Number(args[limitIdx + 1]) : Infinity;
const withBaseline = !args.includes('--no-baseline');
const perturbIdx = args.indexOf('--perturb');
const perturbSeed = perturbIdx >= 0 ? Number(/^\d+$/.test(args[perturbIdx + 1] ?? '') ? args[perturbIdx + 1] : 7) : undefined;

type Truth = { image: string; docType: string; fields: Record<string, string>; hasQr?: boolean; mrz?: string[]; degradations?: string[] };
const truths: Truth[] = readdirSync(dir)
  .filter((f) => f.endsWith('.json') && !f.startsWith('README'))
  .sort()
  .slice(0, limit)
  .map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as Truth);

// Both runs read the same inputs (perturbed once, when asked).
const rnd = perturbSeed !== undefined ? seededRandom(perturbSeed) : undefined;
const inputs = new Map(
  truths.map((t) => {
    const raw = readFileSync(join(dir, t.image));
    const image = decodeImage(new Uint8Array(raw));
    if (!rnd) return [t.image, { image, bytes: raw }] as const;
    const moved = perturb(image, drawPerturbation(rnd, Boolean(t.degradations?.some((d) => d.startsWith('photo')))));
    return [t.image, { image: moved, bytes: encodePng(moved) }] as const;
  }),
);

interface Run {
  scored: (Scored & { docType: string; machineReadable: boolean })[];
  ms: number[];
}

function report(name: string, run: Run) {
  const n = run.scored.length;
  const docOk = run.scored.filter((s) => s.docTypeOk).length;
  const all = run.scored.flatMap((s) => s.fields);
  const byKey = new Map<string, [number, number]>();
  for (const f of all) {
    const [ok, tot] = byKey.get(f.key) ?? [0, 0];
    byKey.set(f.key, [ok + Number(f.ok), tot + 1]);
  }
  const byDoc = new Map<string, [number, number]>();
  for (const s of run.scored) {
    const [ok, tot] = byDoc.get(s.docType) ?? [0, 0];
    byDoc.set(s.docType, [ok + s.fields.filter((f) => f.ok).length, tot + s.fields.length]);
  }
  const pct = (a: number, b: number) => (b ? ((100 * a) / b).toFixed(1) : '—');
  const mrIds = run.scored.filter((s) => s.machineReadable).flatMap((s) => s.fields.filter((f) => f.key === 'idNumber'));
  return {
    name,
    docType: pct(docOk, n),
    overall: pct(all.filter((f) => f.ok).length, all.length),
    idMachine: `${pct(mrIds.filter((f) => f.ok).length, mrIds.length)} (${mrIds.filter((f) => f.ok).length}/${mrIds.length})`,
    median: Math.round(median(run.ms)),
    p90: Math.round(percentile(run.ms, 90)),
    byKey: Object.fromEntries([...byKey].map(([k, [a, b]]) => [k, pct(a, b)])),
    byDoc: Object.fromEntries([...byDoc].map(([k, [a, b]]) => [k, pct(a, b)])),
  };
}

async function pipelineRun(): Promise<Run> {
  const engine = await createNodeEngine();
  const run: Run = { scored: [], ms: [] };
  for (const t of truths) {
    const image = inputs.get(t.image)!.image;
    const start = performance.now();
    const r = await readPaper(image, { engine, readQr: readQrNode });
    run.ms.push(performance.now() - start);
    run.scored.push({ ...scorePrediction(t, r), docType: t.docType, machineReadable: Boolean(t.hasQr || t.mrz) });
    if (process.env.BENCH_VERBOSE) {
      const bad = scorePrediction(t, r).fields.filter((f) => !f.ok).map((f) => `${f.key}: "${t.fields[f.key]}" ≠ "${r.fields[f.key] ?? ''}"`);
      if (bad.length || r.docType !== t.docType) console.error(t.image, t.docType, r.docType, bad.join(' | '));
    }
  }
  await engine.close();
  return run;
}

async function baselineRun(): Promise<Run> {
  const require = createRequire(import.meta.url);
  const langPath = join(dirname(require.resolve('@tesseract.js-data/vie/package.json')), '4.0.0_best_int');
  const worker = await createWorker('vie', 1, { langPath, cacheMethod: 'none', gzip: true });
  await worker.setParameters({ user_defined_dpi: '300' });
  const run: Run = { scored: [], ms: [] };
  for (const t of truths) {
    const bytes = inputs.get(t.image)!.bytes;
    const start = performance.now();
    const text = (await worker.recognize(bytes)).data.text;
    const docType = classifyDoc(text, { hasQr: false, hasMrz: false });
    const fields = docType ? extractFields(docType, toLines(text)) : {};
    const wanted = docType ? new Set(DOC_FIELDS[docType]) : new Set<string>();
    run.ms.push(performance.now() - start);
    run.scored.push({ ...scorePrediction(t, { docType, fields: Object.fromEntries(Object.entries(fields).filter(([k]) => wanted.has(k))) }), docType: t.docType, machineReadable: Boolean(t.hasQr || t.mrz) });
  }
  await worker.terminate();
  return run;
}

console.log(`OCR benchmark: ${truths.length} images from ${dir}${rnd ? ` — perturbed (seed ${perturbSeed}): rotated ±5°, scaled 0.75–1.1, half of the scans on a desk` : ''}`);
const results = [report('pipeline (QR + MRZ + OCR)', await pipelineRun())];
if (withBaseline) results.push(report('baseline (full-page tesseract.js)', await baselineRun()));
const cols = results.map((r) => r.name);
const row = (label: string, values: (string | number)[]) => console.log(label.padEnd(28) + values.map((v) => String(v).padStart(36)).join(''));
row('', cols);
row('docType accuracy %', results.map((r) => r.docType));
row('overall field accuracy %', results.map((r) => r.overall));
row('idNumber on QR/MRZ papers %', results.map((r) => r.idMachine));
row('median ms / image', results.map((r) => r.median));
row('p90 ms / image', results.map((r) => r.p90));
console.log('\nper docType (field accuracy %)');
for (const k of Object.keys(results[0]!.byDoc)) row('  ' + k, results.map((r) => r.byDoc[k] ?? '—'));
console.log('\nper field (accuracy %)');
for (const k of Object.keys(results[0]!.byKey)) row('  ' + k, results.map((r) => r.byKey[k] ?? '—'));
