// Builds apps/web with Vite for the API to serve, at most once per process and only when a
// source is newer than the last build. Test files that start stacks in parallel processes
// share one build through a lock directory instead of emptying dist/ under each other.
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { describeExit, spawnChild } from './child';
import { repoRoot } from './repo-root';

const webDir = join(repoRoot, 'apps/web');
/** Where the built web app lands (Vite's default outDir). */
export const webDist = join(webDir, 'dist');
const lockDir = join(repoRoot, '.cache/web-build.lock');
const pidGraceMs = 10_000;
const skippedDirs = new Set(['node_modules', 'dist', '.cache']);

export interface BuildWebOptions {
  /** Receives Vite's output. */
  logFile: string;
  verbose?: boolean;
}

let building: Promise<void> | undefined;

function newestMtime(path: string): number {
  const stat = statSync(path, { throwIfNoEntry: false });
  if (stat === undefined) return 0;
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(path)) {
    if (skippedDirs.has(entry)) continue;
    newest = Math.max(newest, newestMtime(join(path, entry)));
  }
  return newest;
}

function isUpToDate(): boolean {
  const built = statSync(join(webDist, 'index.html'), { throwIfNoEntry: false });
  if (built === undefined) return false;
  // The web app imports workspace packages, so their sources count too.
  const sources = [webDir, join(repoRoot, 'packages'), join(repoRoot, 'package-lock.json')];
  return sources.every((source) => newestMtime(source) <= built.mtimeMs);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to another user.
    return error instanceof Error && 'code' in error && error.code === 'EPERM';
  }
}

/** Whether the lock's owner is gone, so the lock may be broken. */
function isStale(): boolean {
  const lock = statSync(lockDir, { throwIfNoEntry: false });
  if (lock === undefined) return false;
  const pidFile = join(lockDir, 'pid');
  // No pid yet: normal for a moment after mkdir; for longer, the owner died in between.
  if (statSync(pidFile, { throwIfNoEntry: false }) === undefined)
    return Date.now() - lock.mtimeMs > pidGraceMs;
  const owner = Number(readFileSync(pidFile, 'utf8').trim());
  return !Number.isInteger(owner) || owner <= 0 || !isAlive(owner);
}

function tryLock(): boolean {
  try {
    mkdirSync(lockDir, { recursive: false });
    writeFileSync(join(lockDir, 'pid'), String(process.pid));
    return true;
  } catch {
    // A lock left by a killed build must not block every later run.
    try {
      if (isStale()) rmSync(lockDir, { recursive: true, force: true });
    } catch {
      // The lock changed hands while we looked: try again on the next round.
    }
    return false;
  }
}

async function runViteBuild(options: BuildWebOptions): Promise<void> {
  const child = spawnChild({
    name: 'vite',
    command: join(repoRoot, 'node_modules/.bin/vite'),
    args: ['build', 'apps/web'],
    cwd: repoRoot,
    env: {
      PATH: process.env.PATH ?? '/usr/bin:/bin',
      HOME: process.env.HOME ?? homedir(),
      NODE_ENV: 'production',
    },
    logFile: options.logFile,
    verbose: options.verbose,
  });
  const exit = await child.exited;
  if (exit.code !== 0) {
    throw new Error(
      `vite build apps/web ${describeExit(exit)}\nlast lines of ${options.logFile}:\n${child.logTail(30)}`,
    );
  }
}

async function buildUnderLock(options: BuildWebOptions): Promise<void> {
  mkdirSync(join(repoRoot, '.cache'), { recursive: true });
  while (!tryLock()) await new Promise((resolve) => setTimeout(resolve, 250));
  try {
    // Another process may have built while we waited for the lock.
    if (!isUpToDate()) await runViteBuild(options);
  } finally {
    rmSync(lockDir, { recursive: true, force: true });
  }
}

/** Builds the web app into apps/web/dist unless it is up to date; once per process. */
export function buildWebApp(options: BuildWebOptions): Promise<void> {
  building ??= isUpToDate() ? Promise.resolve() : buildUnderLock(options);
  // A failed build may be retried by a later call (after the sources were fixed).
  building.catch(() => {
    building = undefined;
  });
  return building;
}
