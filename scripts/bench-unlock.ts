/**
 * npm run bench:unlock [-- --runs N --persons M] — what the officer waits for after typing the passphrase:
 *  1. PBKDF2-SHA-256 (600,000 iterations) key derivation + AES-GCM unwrap of the master secret (median of N);
 *  2. with 1,000 encrypted persons (Dexie over fake-indexeddb, Node WebCrypto): the first list after unlock
 *     (decrypt every record), a name search without diacritics, a full 12-digit number lookup, a partial
 *     number search (decrypts and filters).
 * Node's WebCrypto is OpenSSL, as in Chromium; the browser's PBKDF2 is usually within ±30% of this.
 */
import 'fake-indexeddb/auto';
import { makeCryptoCodec } from '../utils/crypto/codec';
import { newMaster, PRODUCT_ITERATIONS, unwrapMaster, wrapMaster } from '../utils/crypto/envelope';
import { setCodec } from '../utils/store/codec';
import { db } from '../utils/store/db';
import { listPersons, searchPersons, upsertPersons } from '../utils/store/persons';

const arg = (name: string, dflt: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : dflt;
};
const RUNS = arg('runs', 5);
const PERSONS = arg('persons', 1000);

const SURNAMES = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ'];
const MIDDLE = ['Văn', 'Thị', 'Đức', 'Minh', 'Ngọc', 'Thu', 'Hữu', 'Quang'];
const GIVEN = ['An', 'Bình', 'Chi', 'Dũng', 'Giang', 'Hà', 'Hải', 'Hương', 'Khoa', 'Lan', 'Long', 'Mai', 'Nam', 'Phúc', 'Quân', 'Thảo', 'Trang', 'Tuấn'];
let seed = 7;
const rnd = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
const pick = <T>(a: readonly T[]) => a[Math.floor(rnd() * a.length)]!;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
async function time<T>(fn: () => Promise<T>): Promise<[number, T]> {
  const t = performance.now();
  const out = await fn();
  return [performance.now() - t, out];
}
async function bench(label: string, fn: () => Promise<unknown>, runs = RUNS): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) times.push((await time(fn))[0]);
  const m = median(times);
  console.log(`${label.padEnd(58)} median ${m.toFixed(1).padStart(8)} ms  (min ${Math.min(...times).toFixed(1)}, max ${Math.max(...times).toFixed(1)}, n=${runs})`);
  return m;
}

async function main() {
  console.log(`bench:unlock — Node ${process.version}, PBKDF2-SHA-256 ${PRODUCT_ITERATIONS.toLocaleString('en')} iterations, ${PERSONS} persons`);
  const master = newMaster();
  const pass = 'mật khẩu bàn một cửa 2026';
  const vault = await wrapMaster(master, pass);
  const unlockMs = await bench('unlock: derive key (PBKDF2) + unwrap master secret', () => unwrapMaster(vault, pass));
  await bench('wrong passphrase: derive + failed unwrap', () => unwrapMaster(vault, 'sai mật khẩu').catch(() => undefined));

  setCodec(await makeCryptoCodec(master));
  await db().persons.clear();
  const people = Array.from({ length: PERSONS }, (_, i) => ({
    idNumber: `0${String(1 + (i % 96)).padStart(2, '0')}${String(100000000 + i * 7919).slice(-9)}`,
    fullName: `${pick(SURNAMES)} ${pick(MIDDLE)} ${pick(GIVEN)}`,
    dateOfBirth: `19${50 + Math.floor(rnd() * 50)}-0${1 + Math.floor(rnd() * 9)}-1${Math.floor(rnd() * 9)}`,
    placeOfResidence: 'Phường Cửa Nam, Thành phố Hà Nội',
  }));
  const [importMs] = await time(() => upsertPersons(people));
  console.log(`${'seed: import (validate + encrypt + write) of persons'.padEnd(58)} ${importMs.toFixed(0).padStart(15)} ms`);
  const target = people[PERSONS >> 1]!;

  // What the officer waits for: passphrase → key → codec → the first list of citizens.
  const openMs = await bench(`unlock + open: derive, unwrap, key import, list all ${PERSONS}`, async () => {
    setCodec(await makeCryptoCodec(await unwrapMaster(vault, pass)));
    return listPersons();
  });
  const listMs = await bench(`list all ${PERSONS} when unlocked (decrypt every record)`, () => listPersons());
  const nameMs = await bench('search: name without diacritics ("nguyen van an")', () => searchPersons('nguyen van an'));
  await bench('search: name prefix ("tra")', () => searchPersons('tra'));
  const idMs = await bench('search: full 12-digit number (HMAC index lookup)', () => searchPersons(target.idNumber));
  const partialMs = await bench('search: partial number (6 digits, decrypt + filter)', () => searchPersons(target.idNumber.slice(3, 9)));
  const found = await searchPersons(target.idNumber);
  if (found[0]?.fullName !== target.fullName) throw new Error('number lookup did not find the seeded citizen');
  console.log(
    `\nsummary: unlock ${unlockMs.toFixed(0)} ms; unlock + first list of ${PERSONS} ${openMs.toFixed(0)} ms (list alone ${listMs.toFixed(0)} ms); ` +
      `name search ${nameMs.toFixed(1)} ms; number ${idMs.toFixed(1)} ms; partial number ${partialMs.toFixed(1)} ms`,
  );
}

void main().then(
  () => process.exit(0),
  (err: unknown) => {
    console.error(err);
    process.exit(1);
  },
);
