import { fileURLToPath } from 'node:url';

/** Absolute path of the repository root, found from this file's place (infra/scripts/). */
export const repoRoot: string = fileURLToPath(new URL('../../', import.meta.url)).replace(/\/$/, '');
