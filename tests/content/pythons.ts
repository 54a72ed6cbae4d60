// The CPython interpreters on this machine that the deck snippets run on.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

/** One installed CPython: where it is, its minor version, and whether it is a free-threaded build. */
export interface Python {
  path: string;
  minor: number;
  freeThreaded: boolean;
  /** How reports name it: "3.11", or "3.13t" for a free-threaded build. */
  label: string;
}

/** The newest CPython release the decks may claim; claims up to it that no interpreter here covers are "checked from the docs only". */
export const NEWEST_MINOR = 14;

const PROBE =
  'import sys, sysconfig; print(sys.version_info[0], sys.version_info[1], int(bool(sysconfig.get_config_var("Py_GIL_DISABLED"))))';

/** Asks an interpreter what it is; null when it does not run or is not CPython 3. */
function probe(path: string): Python | null {
  try {
    const [major, minor, ft] = execFileSync(path, ['-c', PROBE], { encoding: 'utf8', timeout: 30_000 }).trim().split(' ').map(Number);
    if (major !== 3) return null;
    return { path, minor, freeThreaded: ft === 1, label: `3.${minor}${ft === 1 ? 't' : ''}` };
  } catch {
    return null;
  }
}

/** Every ~/.pyenv/versions/<v>/bin/python3 (one per minor version and build, the newest patch release wins), else `python3` on PATH. */
export function findPythons(root = join(homedir(), '.pyenv', 'versions')): Python[] {
  const candidates = existsSync(root)
    ? readdirSync(root)
        .map((v) => join(root, v, 'bin', 'python3'))
        .filter((p) => existsSync(p))
    : [];
  const found = candidates.map(probe).filter((p): p is Python => p !== null);
  if (found.length === 0) {
    const fallback = probe('python3');
    if (fallback) found.push(fallback);
  }
  const byLabel = new Map<string, Python>();
  for (const p of found.sort((a, b) => a.path.localeCompare(b.path, 'en', { numeric: true }))) byLabel.set(p.label, p);
  return [...byLabel.values()].sort((a, b) => a.minor - b.minor || Number(a.freeThreaded) - Number(b.freeThreaded));
}
