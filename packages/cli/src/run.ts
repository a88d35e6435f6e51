// The command's entry point: `node dist/llm-scale.mjs …` once built, or bin/llm-scale.js.
import { main } from './main';

process.exitCode = await main(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, fetch: globalThis.fetch });
