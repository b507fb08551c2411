/**
 * `npm run -s tool -- <command> [args]`: the extension's own logic, from the command line.
 * Each command lives in scripts/tool/<command>.ts and exports `run(args): Promise<unknown>`;
 * the result is printed to stdout as JSON.
 */
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const commands = readdirSync(join(here, 'tool'))
  .filter((f) => f.endsWith('.ts'))
  .map((f) => f.slice(0, -3));

const [name, ...args] = process.argv.slice(2);
if (!name || !commands.includes(name)) {
  process.stderr.write(`Cách dùng: npm run -s tool -- <lệnh> …\nCác lệnh: ${commands.join(', ')}\n`);
  process.exit(2);
}
try {
  const mod = (await import(`./tool/${name}.ts`)) as { run: (args: string[]) => Promise<unknown> };
  const result = await mod.run(args);
  process.stdout.write(JSON.stringify(result, null, 2) + '\n');
} catch (err) {
  process.stderr.write(`Lỗi: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
}
