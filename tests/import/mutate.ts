import fc from 'fast-check';

/** Vietnamese text has letters outside ASCII (ă, ơ, đ, ệ…): a cheap check that a message is not English. */
export const VIETNAMESE = /[àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]/i;

function setAt(value: unknown, path: (string | number)[], replacement: unknown): unknown {
  if (!path.length) return replacement;
  if (!value || typeof value !== 'object') return value;
  const [head, ...rest] = path;
  const copy = (Array.isArray(value) ? [...value] : { ...value }) as Record<string | number, unknown>;
  copy[head!] = setAt(copy[head!], rest, replacement);
  return copy;
}

function paths(value: unknown, prefix: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
  out.push(prefix);
  if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) paths(v, [...prefix, Array.isArray(value) ? Number(k) : k], out);
  }
  return out;
}

/**
 * Damaged versions of a valid JSON file, as met in practice: cut short (interrupted download), one
 * character changed (disk or mail-client damage), or one value anywhere replaced by arbitrary JSON
 * (hand editing, another program's file).
 */
export function damaged(valid: string): fc.Arbitrary<string> {
  const all = paths(JSON.parse(valid));
  return fc.oneof(
    fc.nat({ max: valid.length - 1 }).map((n) => valid.slice(0, n)),
    fc.tuple(fc.nat({ max: valid.length - 1 }), fc.string({ unit: 'binary', minLength: 1, maxLength: 1 })).map(([i, ch]) => valid.slice(0, i) + ch + valid.slice(i + 1)),
    fc.tuple(fc.constantFrom(...all), fc.jsonValue({ maxDepth: 2 })).map(([path, v]) => JSON.stringify(setAt(JSON.parse(valid), path, v))),
  );
}

/** Anything a file picker may hand over, as text. */
export const anyText = fc.oneof(fc.string({ unit: 'binary', maxLength: 300 }), fc.json({ maxDepth: 3 }), fc.string({ unit: 'grapheme', maxLength: 200 }));
