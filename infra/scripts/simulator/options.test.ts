import { describe, expect, it } from 'vitest';
import { parseSimulatorOptions, SimulatorOptionError } from './options';

function runOptions(args: string[]) {
  const parsed = parseSimulatorOptions(args);
  if (parsed.kind !== 'run') throw new Error('expected a run');
  return parsed.options;
}

describe('simulator options', () => {
  it('has defaults for everything', () => {
    const options = runOptions([]);
    expect(options).toMatchObject({
      url: 'http://localhost:8080',
      tenants: undefined,
      officers: undefined,
      durationSeconds: undefined,
      arrivalsPerMinute: 6,
      acceptShare: 0.85,
      declineShare: 0.1,
    });
    expect(Number.isSafeInteger(options.seed)).toBe(true);
  });

  it('reads every option', () => {
    const options = runOptions([
      '--url=http://127.0.0.1:9000/',
      '--tenants',
      'dkc, SAM,DKC',
      '--arrivals-per-minute',
      '30',
      '--accept-share',
      '0.5',
      '--decline-share',
      '0.25',
      '--cancel-share',
      '0',
      '--call-seconds',
      '2.5',
      '--officers',
      'dkc1,sam1',
      '--duration',
      '60',
      '--seed',
      '42',
      '--report-seconds',
      '1',
    ]);
    expect(options).toEqual({
      url: 'http://127.0.0.1:9000',
      tenants: ['DKC', 'SAM'],
      arrivalsPerMinute: 30,
      acceptShare: 0.5,
      declineShare: 0.25,
      cancelShare: 0,
      callSeconds: 2.5,
      officers: ['dkc1', 'sam1'],
      durationSeconds: 60,
      seed: 42,
      reportSeconds: 1,
    });
  });

  it('answers --help', () => {
    expect(parseSimulatorOptions(['--help'])).toEqual({ kind: 'help' });
  });

  it.each([
    [['--accept-share', '1.5'], /^--accept-share must be a number from 0 to 1, got "1.5"/],
    [['--decline-share=-0.1'], /^--decline-share must be a number from 0 to 1/],
    [
      ['--accept-share', '0.8', '--decline-share', '0.3'],
      /^--decline-share and --accept-share add up to more than 1/,
    ],
    [['--cancel-share', 'many'], /^--cancel-share must be a number/],
    [['--arrivals-per-minute', ''], /^--arrivals-per-minute must be a number/],
    [['--call-seconds', '0'], /^--call-seconds must be a number from 0.1/],
    [['--duration', 'forever'], /^--duration must be a number/],
    [['--seed', '1.5'], /^--seed must be a whole number/],
    [['--report-seconds', '0'], /^--report-seconds must be a number/],
    [['--url', 'localhost:8080'], /^--url must be an http\(s\) address/],
    [['--url', 'ftp://example.org'], /^--url must be an http\(s\) address/],
    [['--tenants', 'DKC,dukcapil1'], /^--tenants has "DUKCAPIL1", which is no tenant code/],
    [['--tenants', ','], /^--tenants needs at least one tenant code/],
    [['--officers', 'dkc1,Bad Name'], /^--officers has "Bad Name", which is no username/],
    [['--arrivals'], /--arrivals/],
    [['--url'], /--url/],
    [['extra'], /extra/],
  ])('refuses %j with a message naming the option', (args, message) => {
    let thrown: unknown;
    try {
      parseSimulatorOptions(args);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(SimulatorOptionError);
    expect((thrown as Error).message).toMatch(message);
  });
});
