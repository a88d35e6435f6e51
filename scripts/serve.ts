// Serves a built site as a static host would, for the end-to-end tests and for a look by hand:
// tsx scripts/serve.ts [dist-dir] [port]   (BASE_PATH as for the build; runs until stopped)
import { serveStatic } from './site/server.ts';
import { siteEnv } from './site/site-env.ts';

const dir = process.argv[2] ?? 'dist';
const port = Number(process.argv[3] ?? 4321);
const { base } = siteEnv();
const server = await serveStatic({ [base]: dir }, port);
console.log(`serving ${dir} at ${server.origin}${base}`);
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => void server.close().then(() => process.exit(0)));
