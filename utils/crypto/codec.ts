import type { RecordCodec } from '../store/codec';
import { fromB64, randomBytes, toB64 } from './bytes';

/** AES-GCM for record bodies (random 96-bit IV per record), HMAC-SHA-256 for lookup keys. */
export async function makeCryptoCodec(master: Uint8Array<ArrayBuffer>): Promise<RecordCodec> {
  const aes = await crypto.subtle.importKey('raw', master.slice(0, 32), 'AES-GCM', false, ['encrypt', 'decrypt']);
  const hmac = await crypto.subtle.importKey('raw', master.slice(32, 64), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  const enc = new TextEncoder();
  const dec = new TextDecoder();
  return {
    async seal(plain) {
      const iv = randomBytes(12);
      const ct = new Uint8Array(await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, aes, enc.encode(plain)));
      const out = new Uint8Array(12 + ct.length);
      out.set(iv);
      out.set(ct, 12);
      return 'v1:' + toB64(out);
    },
    async open(sealed) {
      if (!sealed.startsWith('v1:')) throw new Error('Dữ liệu không đúng định dạng mã hoá.');
      const bytes = fromB64(sealed.slice(3));
      const plain = await crypto.subtle.decrypt({ name: 'AES-GCM', iv: bytes.slice(0, 12) }, aes, bytes.slice(12));
      return dec.decode(plain);
    },
    async key(token) {
      const mac = new Uint8Array(await crypto.subtle.sign('HMAC', hmac, enc.encode(token)));
      return toB64(mac.subarray(0, 16));
    },
  };
}
