#!/usr/bin/env node
// The built bundle when there is one (`npm run build -w llm-scale`: plain JavaScript, runs on node
// alone); otherwise the TypeScript source through tsx, which `npm install` in this repository brings.
import { existsSync } from 'node:fs';

const bundle = new URL('../dist/llm-scale.mjs', import.meta.url);
let main;
if (existsSync(bundle)) {
  ({ main } = await import(bundle.href));
} else {
  const { tsImport } = await import('tsx/esm/api');
  ({ main } = await tsImport('../src/main.ts', import.meta.url));
}
process.exitCode = await main(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, fetch: globalThis.fetch });
