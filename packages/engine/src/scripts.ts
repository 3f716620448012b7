// Loads the Lua scripts (one operation each, `<name>-<numKeys>.lua`, includes inlined) and runs
// them with EVALSHA, falling back to EVAL when the server has not cached a script yet.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import type { RedisClient } from './redis';

const luaDir = new URL('./lua/', import.meta.url);
const includePattern = /^--- @include "([a-z-]+)"$/gm;

export interface LuaScript {
  readonly name: string;
  readonly numberOfKeys: number;
  readonly source: string;
  readonly sha: string;
}

function inlineIncludes(source: string): string {
  return source.replace(includePattern, (_line, name: string) =>
    readFileSync(new URL(`includes/${name}.lua`, luaDir), 'utf8'),
  );
}

/** Reads every script of the lua folder, keyed by name without the key count. */
export function loadLuaScripts(): Map<string, LuaScript> {
  const scripts = new Map<string, LuaScript>();
  for (const file of readdirSync(luaDir)) {
    const match = /^([a-z-]+)-(\d+)\.lua$/.exec(file);
    if (!match?.[1] || !match[2]) continue;
    const source = inlineIncludes(readFileSync(new URL(file, luaDir), 'utf8'));
    scripts.set(match[1], {
      name: match[1],
      numberOfKeys: Number(match[2]),
      source,
      sha: createHash('sha1').update(source).digest('hex'),
    });
  }
  return scripts;
}

const scripts = loadLuaScripts();

export type ScriptReply = number | string | (number | string)[];

/** Runs a script by name; keys must match the count in its file name. */
export async function runScript(
  redis: RedisClient,
  name: string,
  keys: string[],
  args: (string | number)[],
): Promise<ScriptReply> {
  const script = scripts.get(name);
  if (!script) throw new Error(`no Lua script named ${name}`);
  if (keys.length !== script.numberOfKeys) {
    throw new Error(`script ${name} takes ${script.numberOfKeys} keys, got ${keys.length}`);
  }
  const options = { keys, arguments: args.map(String) };
  try {
    return (await redis.evalSha(script.sha, options)) as ScriptReply;
  } catch (error) {
    if (!(error instanceof Error) || !error.message.startsWith('NOSCRIPT')) throw error;
    return (await redis.eval(script.source, options)) as ScriptReply;
  }
}
