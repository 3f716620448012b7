// The simulator's command line: parsed with node's own parseArgs, each value checked here so that a
// bad one stops the run with a message naming its option.
import { parseArgs } from 'node:util';

/** How a run of the simulator is set up; see `simulatorHelp` for what each means. */
export interface SimulatorOptions {
  url: string;
  /** Tenant codes to drive; undefined: every tenant of the plaza's catalogue. */
  tenants: readonly string[] | undefined;
  /** New citizens per minute, per tenant. */
  arrivalsPerMinute: number;
  acceptShare: number;
  declineShare: number;
  cancelShare: number;
  /** Mean call length; each call is jittered around it. */
  callSeconds: number;
  /** Usernames of the officer accounts to drive; undefined: every officer of the chosen tenants. */
  officers: readonly string[] | undefined;
  /** Undefined: until Ctrl+C. */
  durationSeconds: number | undefined;
  seed: number;
  reportSeconds: number;
}

export type ParsedCommandLine = { kind: 'help' } | { kind: 'run'; options: SimulatorOptions };

/** A bad command line: the message names the option. */
export class SimulatorOptionError extends Error {
  override readonly name = 'SimulatorOptionError';
}

export const simulatorHelp = `npm run simulate -- [options]

Drives citizens and officers against a running plaza over HTTP, so that its board is busy.

  --url <url>                  the plaza (default http://localhost:8080)
  --tenants <codes>            comma-separated tenant codes, e.g. DKC,SAM (default: all in /api/catalogue)
  --arrivals-per-minute <n>    new citizens per minute, per tenant (default 6)
  --accept-share <0..1>        share of offers an officer accepts (default 0.85)
  --decline-share <0..1>       share of offers an officer declines (default 0.1); the rest lapse
  --cancel-share <0..1>        share of citizens who cancel while waiting (default 0.1)
  --call-seconds <n>           mean call length in seconds, jittered (default 20)
  --officers <usernames>       comma-separated demo officers to drive
                               (default: the officers of the chosen tenants in accounts.json)
  --duration <seconds>         how long to run (default: until Ctrl+C)
  --seed <integer>             seed of the random choices, to repeat a run (default: random, printed)
  --report-seconds <n>         how often a line of figures is printed (default 5)
  --help                       this text

Officers sign in with the demo password plaza-demo. Citizens solve the plaza's proof of work
(cheap under \`npm start -- --simulate\`); against a plaza with the default proof each ticket
costs a few seconds of CPU, or start it with TICKET_PROOF=off.`;

const defaults = {
  url: 'http://localhost:8080',
  arrivalsPerMinute: 6,
  acceptShare: 0.85,
  declineShare: 0.1,
  cancelShare: 0.1,
  callSeconds: 20,
  reportSeconds: 5,
};

function fail(option: string, message: string): never {
  throw new SimulatorOptionError(`--${option} ${message}`);
}

function readNumber(
  option: string,
  raw: string | undefined,
  fallback: number,
  range: { min: number; max: number },
) {
  if (raw === undefined) return fallback;
  const value = raw.trim() === '' ? Number.NaN : Number(raw);
  if (!Number.isFinite(value) || value < range.min || value > range.max) {
    fail(option, `must be a number from ${range.min} to ${range.max}, got "${raw}"`);
  }
  return value;
}

function readList(option: string, raw: string | undefined, pattern: RegExp, what: string) {
  if (raw === undefined) return undefined;
  const items = raw
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item !== '');
  if (items.length === 0) fail(option, `needs at least one ${what}`);
  const bad = items.find((item) => !pattern.test(item));
  if (bad !== undefined) fail(option, `has "${bad}", which is no ${what}`);
  return [...new Set(items)];
}

function readUrl(raw: string | undefined): string {
  if (raw === undefined) return defaults.url;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    fail('url', `must be an http(s) address, got "${raw}"`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    fail('url', `must be an http(s) address, got "${raw}"`);
  return url.origin;
}

function readSeed(raw: string | undefined): number {
  if (raw === undefined) return Math.floor(Math.random() * 2 ** 31);
  const seed = Number(raw);
  if (!/^\d+$/.test(raw.trim()) || !Number.isSafeInteger(seed)) {
    fail('seed', `must be a whole number from 0, got "${raw}"`);
  }
  return seed;
}

/** Parses the simulator's arguments (without node and the script); throws SimulatorOptionError. */
export function parseSimulatorOptions(args: readonly string[]): ParsedCommandLine {
  let values: Record<string, string | boolean | undefined>;
  try {
    ({ values } = parseArgs({
      args: [...args],
      strict: true,
      allowPositionals: false,
      options: {
        url: { type: 'string' },
        tenants: { type: 'string' },
        'arrivals-per-minute': { type: 'string' },
        'accept-share': { type: 'string' },
        'decline-share': { type: 'string' },
        'cancel-share': { type: 'string' },
        'call-seconds': { type: 'string' },
        officers: { type: 'string' },
        duration: { type: 'string' },
        seed: { type: 'string' },
        'report-seconds': { type: 'string' },
        help: { type: 'boolean' },
      },
    }));
  } catch (error) {
    // parseArgs names the option itself ("Unknown option '--x'", "Option '--url <value>' argument missing").
    throw new SimulatorOptionError(error instanceof Error ? error.message : String(error));
  }
  if (values.help === true) return { kind: 'help' };
  const text = (name: string) => {
    const value = values[name];
    return typeof value === 'string' ? value : undefined;
  };

  const share = (name: string, fallback: number) =>
    readNumber(name, text(name), fallback, { min: 0, max: 1 });
  const acceptShare = share('accept-share', defaults.acceptShare);
  const declineShare = share('decline-share', defaults.declineShare);
  if (acceptShare + declineShare > 1) {
    fail('decline-share', `and --accept-share add up to more than 1 (${acceptShare} + ${declineShare})`);
  }
  const duration = text('duration');
  return {
    kind: 'run',
    options: {
      url: readUrl(text('url')),
      tenants: readList('tenants', text('tenants')?.toUpperCase(), /^[A-Z]{2,5}$/, 'tenant code (like DKC)'),
      arrivalsPerMinute: readNumber(
        'arrivals-per-minute',
        text('arrivals-per-minute'),
        defaults.arrivalsPerMinute,
        {
          min: 0,
          max: 6000,
        },
      ),
      acceptShare,
      declineShare,
      cancelShare: share('cancel-share', defaults.cancelShare),
      callSeconds: readNumber('call-seconds', text('call-seconds'), defaults.callSeconds, {
        min: 0.1,
        max: 3600,
      }),
      officers: readList('officers', text('officers'), /^[a-z0-9._-]{1,64}$/, 'username (like dkc1)'),
      durationSeconds:
        duration === undefined
          ? undefined
          : readNumber('duration', duration, 0, { min: 0.1, max: 7 * 24 * 3600 }),
      seed: readSeed(text('seed')),
      reportSeconds: readNumber('report-seconds', text('report-seconds'), defaults.reportSeconds, {
        min: 0.5,
        max: 3600,
      }),
    },
  };
}
