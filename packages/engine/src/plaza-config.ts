// The plaza's configuration, live: the catalogue (tenants, their settings, services) and the account
// directory, each one JSON document in the hash `<prefix>:config` with a version of its own. The
// files seed an empty plaza only (seed-config-1.lua); from then on Redis is the truth. A change is a
// compare-and-set on the part's version (write-config-1.lua) that publishes on
// `<prefix>:config-changed`; every process reloads on that message, and, should one be lost, when
// its periodic check finds a newer version. Readers take the current value at each use (the engine
// context's `catalogue` is a getter over it), so a change applies without a restart.
import { type Account, accountDirectorySchema, checkAccountDirectory } from '@vp/catalogue';
import { AppError, type Catalogue, catalogueSchema } from '@vp/contract';
import type { PlazaKeys } from './keys';
import type { Logger } from './logger';
import type { RedisClient } from './redis';
import { runScript } from './scripts';

/** What an empty plaza is given: the catalogue, and the accounts (an engine-only plaza has none). */
export interface PlazaConfigSeed {
  catalogue: Catalogue;
  accounts?: Account[];
}

/** The two documents of the configuration, each with its own version. */
export type ConfigPart = 'catalogue' | 'accounts';

/** How often a process checks the versions in case a change message was lost. */
export const configCheckEveryMs = 3000;

/** How often an account change is tried again when another write landed in between. */
const accountWriteAttempts = 5;

interface Held<T> {
  value: T;
  version: number;
}

/** A stale `expectedVersion`: 409 `conflict`, `details.version` the current one. */
export function configConflict(version: number): AppError {
  return new AppError('conflict', `configuration is at version ${version}`, {
    userMessage: 'Someone else changed the configuration meanwhile; reload and try again',
    field: 'expectedVersion',
    details: { version },
  });
}

function parseCatalogue(json: string): Catalogue {
  return catalogueSchema.parse(JSON.parse(json));
}

function parseAccounts(json: string): Account[] {
  return accountDirectorySchema.parse(JSON.parse(json)).accounts;
}

/** The live configuration of one process. Open it with `openPlazaConfig`. */
export class PlazaConfig {
  private catalogueHeld: Held<Catalogue>;
  private accountsHeld: Held<Account[]> = { value: [], version: 0 };
  private byId = new Map<string, Account>();
  private byUsername = new Map<string, Account>();
  private timer: NodeJS.Timeout | undefined;
  private checking: Promise<void> = Promise.resolve();
  private readonly listeners = new Set<(part: ConfigPart) => void>();

  constructor(
    private readonly options: { redis: RedisClient; keys: PlazaKeys; logger: Logger },
    catalogue: Held<Catalogue>,
    accounts: Held<Account[]> | undefined,
  ) {
    this.catalogueHeld = catalogue;
    if (accounts) this.holdAccounts(accounts);
  }

  /** The catalogue as of now; read it at each use rather than keeping it. */
  get catalogue(): Catalogue {
    return this.catalogueHeld.value;
  }

  get catalogueVersion(): number {
    return this.catalogueHeld.version;
  }

  /** Every account, in the order they were created (disabled ones too). */
  get accounts(): readonly Account[] {
    return this.accountsHeld.value;
  }

  get accountsVersion(): number {
    return this.accountsHeld.version;
  }

  findAccount(accountId: string): Account | undefined {
    return this.byId.get(accountId);
  }

  findAccountByUsername(username: string): Account | undefined {
    return this.byUsername.get(username);
  }

  /** Called after this process took a newer version of a part; returns the unsubscribe function. */
  onChange(listener: (part: ConfigPart) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Reads the versions in Redis and reloads each part that moved on (one round trip if none did). */
  refresh(): Promise<void> {
    // One check at a time: a message and the timer arriving together read Redis once each, in order.
    this.checking = this.checking
      .then(() => this.check())
      .catch((error: unknown) => {
        this.options.logger.warn('configuration check failed', { error });
      });
    return this.checking;
  }

  /** A `config-changed` message: `<part>:<version>`. */
  handleMessage(message: string): void {
    const [part, version] = message.split(':');
    const held = part === 'catalogue' ? this.catalogueHeld : part === 'accounts' ? this.accountsHeld : null;
    if (held && Number(version) > held.version) void this.refresh();
  }

  /** Checks the versions every `everyMs` as a backstop for a lost change message. */
  startChecking(everyMs: number = configCheckEveryMs): void {
    clearInterval(this.timer);
    this.timer = setInterval(() => void this.refresh(), everyMs);
    this.timer.unref();
  }

  async close(): Promise<void> {
    clearInterval(this.timer);
    this.timer = undefined;
    await this.checking;
  }

  /**
   * Changes the catalogue made against `expectedVersion`: `change` gets the catalogue of that
   * version, read from Redis (not this process's copy, which may lag by a message), and returns
   * the new one. A version that moved on is refused with `configConflict`. Returns the new version.
   */
  async changeCatalogue(options: {
    expectedVersion: number;
    change: (catalogue: Catalogue) => Catalogue | Promise<Catalogue>;
  }): Promise<number> {
    const current = await this.readPart('catalogue');
    if (current.version !== options.expectedVersion) throw configConflict(current.version);
    const catalogue = parseCatalogue(current.json);
    const next = catalogueSchema.parse(await options.change(catalogue));
    // Accounts name tenants: a catalogue that drops one still named would strand them.
    const problems = checkAccountDirectory(this.accounts, next);
    if (problems.length > 0) throw new Error(`catalogue change breaks the accounts: ${problems.join('; ')}`);
    const version = await this.write('catalogue', options.expectedVersion, JSON.stringify(next));
    this.holdCatalogue({ value: next, version });
    return version;
  }

  /**
   * Changes the account directory: `change` gets the accounts as they are in Redis and returns the
   * new list and a result, or throws to refuse (nothing is written). When another write lands in
   * between, the change is run again on the newer list, so rules that span accounts (usernames
   * unique, one enabled admin at least) hold under concurrent admins.
   */
  async changeAccounts<Result>(
    change: (accounts: readonly Account[]) => { accounts: Account[]; result: Result },
  ): Promise<Result> {
    for (let attempt = 1; ; attempt++) {
      const current = await this.readPart('accounts');
      const accounts = current.json ? parseAccounts(current.json) : [];
      const { accounts: next, result } = change(accounts);
      const parsed = accountDirectorySchema.parse({ accounts: next }).accounts;
      const problems = checkAccountDirectory(parsed, this.catalogue);
      if (problems.length > 0) throw new Error(`invalid account directory: ${problems.join('; ')}`);
      try {
        const version = await this.write('accounts', current.version, JSON.stringify({ accounts: parsed }));
        this.holdAccounts({ value: parsed, version });
        return result;
      } catch (error) {
        if (!(error instanceof AppError && error.code === 'conflict') || attempt >= accountWriteAttempts)
          throw error;
      }
    }
  }

  private async readPart(part: ConfigPart): Promise<{ json: string; version: number }> {
    const [json, version] = await this.options.redis.hmGet(this.options.keys.config, [
      part,
      `${part}-version`,
    ]);
    return { json: json ?? '', version: Number(version ?? 0) };
  }

  private async write(part: ConfigPart, expectedVersion: number, json: string): Promise<number> {
    const { redis, keys } = this.options;
    const reply = await runScript(
      redis,
      'write-config',
      [keys.config],
      [part, expectedVersion, json, keys.configChannel],
    );
    const [written, version] = (reply as number[]).map(Number) as [number, number];
    if (written !== 1) throw configConflict(version);
    return version;
  }

  private async check(): Promise<void> {
    const { redis, keys, logger } = this.options;
    const [catalogueVersion, accountsVersion] = (
      await redis.hmGet(keys.config, ['catalogue-version', 'accounts-version'])
    ).map((value) => Number(value ?? 0)) as [number, number];
    for (const [part, version, held] of [
      ['catalogue', catalogueVersion, this.catalogueHeld.version],
      ['accounts', accountsVersion, this.accountsHeld.version],
    ] as const) {
      if (version <= held) continue;
      const current = await this.readPart(part);
      // Only ever forward: a slow read must not put back an older document.
      if (current.version <= (part === 'catalogue' ? this.catalogueHeld : this.accountsHeld).version)
        continue;
      try {
        if (part === 'catalogue')
          this.holdCatalogue({ value: parseCatalogue(current.json), version: current.version });
        else this.holdAccounts({ value: parseAccounts(current.json), version: current.version });
        logger.info('configuration reloaded', { part, version: current.version });
      } catch (error) {
        // Written by hand, say: keep serving the last good one, and say so loudly.
        logger.error('configuration in Redis is invalid; keeping the previous one', {
          part,
          version: current.version,
          error,
        });
      }
    }
  }

  private holdCatalogue(held: Held<Catalogue>): void {
    if (held.version <= this.catalogueHeld.version) return;
    this.catalogueHeld = held;
    for (const listener of this.listeners) listener('catalogue');
  }

  private holdAccounts(held: Held<Account[]>): void {
    if (held.version <= this.accountsHeld.version) return;
    this.accountsHeld = held;
    this.byId = new Map(held.value.map((account) => [account.id, account]));
    this.byUsername = new Map(held.value.map((account) => [account.username, account]));
    for (const listener of this.listeners) listener('accounts');
  }
}

/**
 * Loads the plaza's configuration from Redis, seeding it first from `seed` (called only if a part
 * is missing, so the files are not read by a plaza that has its configuration). Two processes
 * starting together seed once: the script writes a part only where there is none.
 */
export async function openPlazaConfig(options: {
  redis: RedisClient;
  keys: PlazaKeys;
  logger: Logger;
  seed: () => PlazaConfigSeed;
}): Promise<PlazaConfig> {
  const { redis, keys, logger } = options;
  const present = await redis.hmGet(keys.config, ['catalogue', 'accounts']);
  if (present[0] == null || present[1] == null) {
    const seed = options.seed();
    const [catalogueSeeded, accountsSeeded] = (await runScript(
      redis,
      'seed-config',
      [keys.config],
      [
        present[0] == null ? JSON.stringify(catalogueSchema.parse(seed.catalogue)) : '',
        present[1] == null && seed.accounts ? JSON.stringify({ accounts: seed.accounts }) : '',
      ],
    )) as number[];
    if (catalogueSeeded || accountsSeeded) {
      logger.info('configuration seeded', {
        catalogue: catalogueSeeded === 1,
        accounts: accountsSeeded === 1,
      });
    }
  }
  const [catalogueJson, catalogueVersion, accountsJson, accountsVersion] = await redis.hmGet(keys.config, [
    'catalogue',
    'catalogue-version',
    'accounts',
    'accounts-version',
  ]);
  if (!catalogueJson) throw new Error(`${keys.config} holds no catalogue`);
  /** A document that does not parse stops the start, naming where it is. */
  const parsed = <T>(part: ConfigPart, parse: (json: string) => T, json: string): T => {
    try {
      return parse(json);
    } catch (error) {
      throw new Error(
        `${keys.config} field ${part} is invalid: ${error instanceof Error ? error.message : error}`,
        {
          cause: error,
        },
      );
    }
  };
  return new PlazaConfig(
    { redis, keys, logger },
    { value: parsed('catalogue', parseCatalogue, catalogueJson), version: Number(catalogueVersion ?? 0) },
    accountsJson
      ? { value: parsed('accounts', parseAccounts, accountsJson), version: Number(accountsVersion ?? 0) }
      : undefined,
  );
}
