#!/usr/bin/env node
// The built bundle when there is one (`npm run build -w llm-scale`: plain JavaScript that runs on
// node alone); otherwise the TypeScript source through tsx, which `npm install` here brings.
import { existsSync } from 'node:fs';

const bundle = new URL('../dist/llm-scale.mjs', import.meta.url);
if (existsSync(bundle)) await import(bundle.href);
else await (await import('tsx/esm/api')).tsImport('../src/run.ts', import.meta.url);
