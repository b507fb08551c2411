/**
 * Papers the OCR has not seen, made from the ones it has: each image rotated by up to ±5°, scaled by
 * 0.75–1.1 and, for half of the scans, laid on a dark striped desk — the shifts between one batch of
 * photos and the next. Seeded, so a run can be repeated. For `npm run bench:ocr -- <dir> --perturb [seed]`.
 */
import type { RgbaImage } from '../utils/ocr/types';

export function seededRandom(seed: number): () => number {
  let s = seed;
  return () => (s = (s * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
}

export interface Perturbation {
  deg: number;
  scale: number;
  desk: boolean;
}

export function drawPerturbation(rnd: () => number, alreadyPhoto: boolean): Perturbation {
  const deg = (rnd() * 2 - 1) * 5;
  const desk = !alreadyPhoto && rnd() < 0.5;
  return { deg, desk, scale: 0.75 + rnd() * 0.35 };
}

/** Rotates about the centre and scales (bilinear); the desk, when asked, adds a 12% dark margin. */
export function perturb(img: RgbaImage, p: Perturbation): RgbaImage {
  const m = p.desk ? 0.12 : 0;
  const W = Math.round(img.width * p.scale * (1 + 2 * m));
  const H = Math.round(img.height * p.scale * (1 + 2 * m));
  const out = new Uint8ClampedArray(W * H * 4);
  const t = (p.deg * Math.PI) / 180;
  const c = Math.cos(t);
  const sn = Math.sin(t);
  for (let y = 0; y < H; y++) {
    for (let x = 0; x < W; x++) {
      const dx = (x - W / 2) / p.scale;
      const dy = (y - H / 2) / p.scale;
      const sx = dx * c - dy * sn + img.width / 2;
      const sy = dx * sn + dy * c + img.height / 2;
      const o = (y * W + x) * 4;
      out[o + 3] = 255;
      const x0 = Math.floor(sx);
      const y0 = Math.floor(sy);
      if (x0 < 0 || y0 < 0 || x0 >= img.width - 1 || y0 >= img.height - 1) {
        const v = p.desk ? 50 + ((y >> 3) % 2) * 15 : 245;
        out[o] = out[o + 1] = out[o + 2] = v;
        continue;
      }
      const fx = sx - x0;
      const fy = sy - y0;
      for (let k = 0; k < 3; k++) {
        const i = (y0 * img.width + x0) * 4 + k;
        const a = img.data[i]! * (1 - fx) + img.data[i + 4]! * fx;
        const b = img.data[i + img.width * 4]! * (1 - fx) + img.data[i + img.width * 4 + 4]! * fx;
        out[o + k] = a * (1 - fy) + b * fy;
      }
    }
  }
  return { data: out, width: W, height: H };
}
