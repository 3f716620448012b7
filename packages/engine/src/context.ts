// What every engine operation needs: Redis, the key set, the catalogue, the clock, settings.
import type { Catalogue } from '@vp/contract';
import type { Clock } from './clock';
import type { PlazaKeys } from './keys';
import type { Logger } from './logger';
import type { ProcessPresence } from './process-presence';
import type { RedisClient } from './redis';
import type { TenantQueues } from './tenant-queues';

export interface PlazaSettings {
  /** How long an ended ticket (with the citizen's name) is kept. */
  ticketRetentionSeconds: number;
  /**
   * How long a waiting citizen whose connection dropped keeps their place (I7), for tenants
   * that set no `graceSeconds` of their own (see tenant-timings.ts).
   */
  graceMs: number;
  /** How long a matched citizen has to join the call before it is a no-show; tenants may set their own. */
  noShowMs: number;
  /** How long a process may go without a heartbeat before its connections count as gone. */
  processTimeoutMs: number;
  /** Entries the plaza history stream keeps (about; see history-trim.ts). */
  historyMaxEntries: number;
  /** Entries the audit log keeps (about: XADD MAXLEN ~; see audit-log.ts). */
  auditMaxEntries: number;
}

export const defaultPlazaSettings: PlazaSettings = {
  ticketRetentionSeconds: 7 * 24 * 3600,
  graceMs: 120_000,
  noShowMs: 60_000,
  processTimeoutMs: 15_000,
  historyMaxEntries: 200_000,
  auditMaxEntries: 100_000,
};

export interface PlazaContext {
  redis: RedisClient;
  keys: PlazaKeys;
  /**
   * The catalogue as of now (a getter over the live configuration, plaza-config.ts): read it at
   * each use, never keep it, so that an admin's change applies without a restart.
   */
  readonly catalogue: Catalogue;
  clock: Clock;
  queues: TenantQueues;
  settings: PlazaSettings;
  logger: Logger;
  /** This process's citizen connections and its registration. */
  presence: ProcessPresence;
}
