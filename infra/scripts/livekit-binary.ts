// Where the livekit-server binary is: the same lookup as ensure-livekit.sh, which is what
// builds it (once) when neither place has one.
import { accessSync, constants, statSync } from 'node:fs';
import { homedir } from 'node:os';
import { delimiter, join } from 'node:path';

/** The cache that holds the built binary: `${VP_CACHE_DIR:-$HOME/.cache/virtual-plaza}`. */
export function plazaCacheDir(): string {
  return process.env.VP_CACHE_DIR ?? join(process.env.HOME ?? homedir(), '.cache', 'virtual-plaza');
}

function isExecutableFile(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/**
 * Path of livekit-server: the one on PATH if any, else the cache's
 * (`<cache>/livekit/bin/livekit-server`). Throws naming how to get it when neither exists.
 */
export function resolveLivekitBinary(): string {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    if (dir === '') continue;
    const candidate = join(dir, 'livekit-server');
    if (isExecutableFile(candidate)) return candidate;
  }
  const cached = join(plazaCacheDir(), 'livekit', 'bin', 'livekit-server');
  if (isExecutableFile(cached)) return cached;
  throw new Error(
    `livekit-server not found on PATH nor at ${cached}. Run: bash infra/scripts/ensure-deps.sh (it builds it once with Go)`,
  );
}
