#!/usr/bin/env node
// The built bundle when there is one (`npm run build -w llm-scale`: plain JavaScript that runs on
// node alone); otherwise the TypeScript source through tsx, which `npm install` here brings.
import { existsSync } from 'node:fs';

// The formatting the command shares with the site needs Node 22.12 (Intl with up to 100 fraction digits).
const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 12)) {
  process.stderr.write(`llm-scale needs Node 22.12 or newer, and this is ${process.versions.node}: run it as npx llm-scale in this repository, which uses the Node it pins.\n`);
  process.exit(1);
}

const bundle = new URL('../dist/llm-scale.mjs', import.meta.url);
if (existsSync(bundle)) await import(bundle.href);
else await (await import('tsx/esm/api')).tsImport('../src/run.ts', import.meta.url);
