// A throwaway PostgreSQL cluster in a temp folder, on a Unix socket (Debian's postgresql-15; see STACK.md).
// Shared by .ci/run (`node tests/server/pg-cluster.mjs start|stop DIR`) and the server tests.
import { execFileSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

/** Debian keeps initdb and pg_ctl in /usr/lib/postgresql/MAJOR/bin, off PATH: the newest installed major. */
export function postgresBinDir() {
  const root = '/usr/lib/postgresql';
  const majors = existsSync(root) ? readdirSync(root).filter((v) => /^\d+$/.test(v) && existsSync(`${root}/${v}/bin/initdb`)) : [];
  majors.sort((a, b) => Number(b) - Number(a));
  return majors.length > 0 ? `${root}/${majors[0]}/bin` : null;
}

const BIN = postgresBinDir();
// su resets PATH, so the server's folder is put in front inside the command itself.
const asPostgres = (cmd) =>
  execFileSync('su', ['postgres', '-s', '/bin/sh', '-c', BIN ? `PATH="${BIN}:$PATH"; export PATH; ${cmd}` : cmd], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });

function postgresUid() {
  return Number(execFileSync('id', ['-u', 'postgres']).toString().trim());
}

/** Starts a new cluster as the postgres user (PostgreSQL refuses root); returns its socket folder. */
export function startCluster() {
  if (process.getuid?.() !== 0) {
    throw new Error(
      'The server tests need a PostgreSQL: set REHEARSE_TEST_PG to a connection string, or run as root so they can start one.',
    );
  }
  const dir = mkdtempSync(join(tmpdir(), 'rehearse-pg-'));
  const uid = postgresUid();
  chownSync(dir, uid, uid);
  asPostgres(`initdb -D ${dir}/db -A trust -U postgres >/dev/null`);
  asPostgres(
    `pg_ctl -D ${dir}/db -o "-k ${dir} -c listen_addresses='' -c max_connections=300 -c fsync=off" -l ${dir}/log -w start >/dev/null`,
  );
  return dir;
}

/** Stops PostgreSQL immediately (like a crash) or cleanly, leaving the data in place. */
export function stopServer(dir, mode = 'fast') {
  asPostgres(`pg_ctl -D ${dir}/db -m ${mode} -w stop >/dev/null`);
}

/** Starts PostgreSQL again on an existing cluster folder. */
export function restartServer(dir) {
  asPostgres(
    `pg_ctl -D ${dir}/db -o "-k ${dir} -c listen_addresses='' -c max_connections=300 -c fsync=off" -l ${dir}/log -w start >/dev/null`,
  );
}

/** Stops the cluster and deletes its folder. */
export function removeCluster(dir) {
  try {
    stopServer(dir, 'immediate');
  } catch {
    // already stopped
  }
  rmSync(dir, { recursive: true, force: true });
}

/** The libpq connection string of a cluster started here, for one database. */
export function clusterUrl(dir, database = 'postgres') {
  return `postgresql://postgres@/${database}?host=${encodeURIComponent(dir)}`;
}

/** The same connection string naming another database. */
export function withDatabase(url, name) {
  return url.replace(/^(postgres(?:ql)?:\/\/[^/]*\/)[^?]*/, `$1${name}`);
}

/**
 * A fresh, empty database for one test file: in REHEARSE_TEST_PG's cluster when given, else in a cluster
 * started here. Returns its connection string and a cleanup that drops it (and stops a cluster it started).
 */
export async function freshDatabase() {
  const given = process.env.REHEARSE_TEST_PG;
  const dir = given ? null : startCluster();
  const adminUrl = given ?? clusterUrl(dir);
  const name = `rehearse_test_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const dbUrl = withDatabase(adminUrl, name);
  return {
    url: dbUrl,
    clusterDir: dir,
    cleanup: async () => {
      if (dir) return removeCluster(dir);
      const a = new pg.Client({ connectionString: adminUrl });
      await a.connect();
      await a.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await a.end();
    },
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [cmd, dir] = process.argv.slice(2);
  if (cmd === 'start') console.log(clusterUrl(startCluster()));
  else if (cmd === 'stop' && dir) removeCluster(dir.startsWith('postgresql:') ? new URLSearchParams(dir.split('?')[1]).get('host') : dir);
  else {
    console.error('usage: node tests/server/pg-cluster.mjs start | stop URL-or-DIR');
    process.exit(2);
  }
}
