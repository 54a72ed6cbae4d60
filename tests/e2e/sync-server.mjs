// The real sync server (`npm run server`'s app) for browser tests: over REHEARSE_TEST_PG's cluster when given, else
// PGlite in a temp folder; it serves the built app too.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildApp } from '../../server/app.ts';
import { connectPostgres, startPglite } from '../../server/database.ts';
import { migrate } from '../../server/migrate.ts';
import { freshDatabase } from '../server/pg-cluster.mjs';
import { DIST } from './harness.mjs';

/** Starts the sync server on an ephemeral port; returns its address, its database pool and close(). */
export async function startSyncServer() {
  const pg = process.env.REHEARSE_TEST_PG ? await freshDatabase() : null;
  const dataDir = pg ? null : mkdtempSync(join(tmpdir(), 'rehearse-e2e-pglite-'));
  const database = pg ? connectPostgres(pg.url) : await startPglite(dataDir);
  await migrate(database.pool);
  const app = await buildApp({ pool: database.pool, distDir: DIST });
  const address = await app.listen({ port: 0, host: '127.0.0.1' });
  return {
    address,
    pool: database.pool,
    close: async () => {
      await app.close();
      await database.close();
      await pg?.cleanup();
      if (dataDir) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
