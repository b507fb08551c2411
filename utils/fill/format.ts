import { foldVi } from '../vi/fold';
import { matchUnit } from '../vi/address';
import type { FieldDescriptor } from './types';

/** The date format a text field expects, from its placeholder/title/label hints; dd/mm/yyyy by default. */
export function formatDateFor(iso: string, d: FieldDescriptor): string {
  const [y, m, day] = iso.split('-') as [string, string, string];
  if (d.type === 'date') return iso;
  if (d.type === 'month') return `${y}-${m}`;
  const hint = foldVi([d.placeholder, d.title, ...d.labels].join(' '));
  if (/yyyy[-/.]mm[-/.]dd/.test(hint)) return `${y}${hint.match(/yyyy([-/.])/)![1]}${m}${hint.match(/yyyy[-/.]mm([-/.])/)![1]}${day}`;
  const sep = hint.match(/dd([-/.])mm/)?.[1] ?? '/';
  return `${day}${sep}${m}${sep}${y}`;
}

const SEX_WORDS = {
  male: [/^nam$/, /^male$/, /^m$/, /^1$/, /^trai$/],
  female: [/^nu$/, /^female$/, /^f$/, /^2$/, /^0$/, /^gai$/],
};

export function sexMatches(text: string, sex: 'male' | 'female'): boolean {
  const t = foldVi(text).replace(/[^a-z0-9]/g, '');
  return SEX_WORDS[sex].some((re) => re.test(t));
}

/** Picks the select option for a value: exact text, then value, then text without unit prefixes. */
export function matchOption(options: { value: string; text: string }[], wanted: string): { value: string; text: string } | undefined {
  const w = foldVi(wanted);
  const real = options.filter((o) => o.value !== '' || o.text.trim() !== '');
  return (
    real.find((o) => foldVi(o.text) === w) ??
    real.find((o) => foldVi(o.value) === w) ??
    matchUnit(real, wanted) ??
    real.find((o) => w.length >= 3 && foldVi(o.text).replace(/[^a-z0-9]/g, '') === w.replace(/[^a-z0-9]/g, ''))
  );
}
