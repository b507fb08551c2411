import { db } from './db';
import { guardWrite } from './errors';

export async function getMeta<T>(key: string): Promise<T | undefined> {
  return (await db().meta.get(key))?.value as T | undefined;
}

export async function setMeta(key: string, value: unknown): Promise<void> {
  await guardWrite('lưu cài đặt', () => db().meta.put({ key, value }));
}
