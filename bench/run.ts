// Benchmark dispatcher: `npm run bench -- <name>` imports bench/<name>.ts and calls its run().
import { readdirSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const NOT_BENCHES = new Set(['run', 'corpus']);

function available(): string[] {
  return readdirSync(here)
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts'))
    .map((f) => f.slice(0, -3))
    .filter((n) => !NOT_BENCHES.has(n))
    .sort();
}

const name = process.argv[2];
const file = name ? join(here, `${name}.ts`) : '';
if (!name || NOT_BENCHES.has(name) || !/^[\w-]+$/.test(name) || !existsSync(file)) {
  console.error(`${name ? `unknown benchmark: ${name}` : 'usage: npm run bench -- <name>'}\navailable: ${available().join(', ') || '(none)'}`);
  process.exit(2);
}
const mod = (await import(pathToFileURL(file).href)) as { run?: () => Promise<unknown> };
if (typeof mod.run !== 'function') {
  console.error(`bench/${name}.ts does not export run()`);
  process.exit(2);
}
await mod.run();
