// `npm run server`: the sync API and the built app in one process. No configuration needed:
// PGlite keeps its data in ./.rehearse-server-data unless DATABASE_URL names a real PostgreSQL.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildApp } from './app';
import { connectPostgres, startPglite, type Database } from './database';
import { migrate } from './migrate';

const root = fileURLToPath(new URL('..', import.meta.url));
const distDir = process.env.REHEARSE_DIST ?? `${root}dist`;
const port = Number(process.env.PORT ?? 8787);
const host = process.env.HOST ?? '127.0.0.1';

if (!existsSync(`${distDir}/index.html`)) {
  console.log('No built app yet: building it once (npm run build)…');
  execFileSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
}

const database: Database = process.env.DATABASE_URL
  ? connectPostgres(process.env.DATABASE_URL)
  : await startPglite(process.env.REHEARSE_DATA_DIR ?? `${root}.rehearse-server-data`);
const applied = await migrate(database.pool);
const app = await buildApp({ pool: database.pool, distDir, logger: process.env.REHEARSE_QUIET !== '1' });
if (applied.length > 0) app.log.info(`applied migrations: ${applied.join(', ')}`);

const stop = async () => {
  await app.close();
  await database.close();
  process.exit(0);
};
process.once('SIGINT', () => void stop());
process.once('SIGTERM', () => void stop());

const address = await app.listen({ port, host });
// Tests and scripts read this line to learn the port (PORT=0 picks a free one).
console.log(`rehearse server listening on ${address} (database: ${database.kind})`);
