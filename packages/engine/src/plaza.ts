// The engine as the API uses it: one object per process, wired to Redis and the catalogue.
import type { Catalogue } from '@vp/contract';
import { type Clock, systemClock } from './clock';
import { defaultPlazaSettings, type PlazaContext, type PlazaSettings } from './context';
import { sweepClosedTenants, sweepDeadlines, sweepRequeue } from './deadline-sweeper';
import { Dispatch, type DispatchOptions } from './dispatch';
import { trimHistory } from './history-trim';
import { createPlazaKeys } from './keys';
import type { Logger } from './logger';
import { openPlazaConfig, type PlazaConfig, type PlazaConfigSeed } from './plaza-config';
import { type PlazaEvent, type PlazaEventSubscription, subscribePlazaEvents } from './plaza-events';
import { leaveRegistry, registerProcess, sweepPresence } from './presence';
import { ProcessPresence } from './process-presence';
import type { RedisClient } from './redis';
import { TenantQueues } from './tenant-queues';

export interface StartPlazaOptions {
  redis: RedisClient;
  prefix: string;
  /**
   * The configuration an empty plaza starts with: `catalogue` as given (engine tests), or `loadSeed`
   * (the API: the JSON files, read only when the plaza has no configuration in Redis yet). A plaza
   * with its configuration ignores both.
   */
  catalogue?: Catalogue;
  loadSeed?: () => PlazaConfigSeed;
  /** How often the configuration's versions are checked besides the change messages (ms). */
  configCheckEveryMs?: number;
  logger: Logger;
  clock?: Clock;
  settings?: Partial<PlazaSettings>;
  /** Run tenant dispatchers in this process (default true). */
  dispatch?: boolean | DispatchOptions;
  /** Sweep due deadlines every so many ms (default 250); false leaves sweeping to the caller. */
  sweepEveryMs?: number | false;
}

export interface Plaza {
  readonly context: PlazaContext;
  /** The live configuration: catalogue and accounts, followed on every change. */
  readonly config: PlazaConfig;
  /** Listens to every plaza event this process receives; returns the unsubscribe function. */
  onEvent(listener: (event: PlazaEvent) => void): () => void;
  close(): Promise<void>;
}

/** Connects the engine: queues, the event subscription and, unless disabled, dispatch. */
export async function startPlaza(options: StartPlazaOptions): Promise<Plaza> {
  const keys = createPlazaKeys(options.prefix);
  const { catalogue, loadSeed } = options;
  const seed = loadSeed ?? (catalogue ? () => ({ catalogue }) : undefined);
  if (!seed) throw new Error('startPlaza needs a catalogue or loadSeed');
  const config = await openPlazaConfig({ redis: options.redis, keys, logger: options.logger, seed });
  const context: PlazaContext = {
    redis: options.redis,
    keys,
    get catalogue() {
      return config.catalogue;
    },
    clock: options.clock ?? systemClock,
    queues: new TenantQueues(options.redis, keys, options.logger),
    settings: { ...defaultPlazaSettings, ...options.settings },
    logger: options.logger,
    presence: new ProcessPresence(),
  };
  await registerProcess(context);
  const listeners = new Set<(event: PlazaEvent) => void>();
  const dispatch =
    options.dispatch === false
      ? undefined
      : new Dispatch(context, typeof options.dispatch === 'object' ? options.dispatch : {});
  const subscription: PlazaEventSubscription = await subscribePlazaEvents({
    redis: options.redis,
    keys,
    logger: options.logger,
    onEvent: (event) => {
      dispatch?.notify(event);
      for (const listener of listeners) listener(event);
    },
  });
  // Changes are followed from here on; the check after subscribing catches one made meanwhile.
  await subscription.listen(keys.configChannel, (message) => config.handleMessage(message));
  await config.refresh();
  config.startChecking(options.configCheckEveryMs);
  await dispatch?.start();
  const sweeper = startSweeping(context, options.sweepEveryMs ?? 250);
  return {
    context,
    config,
    onEvent(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async close() {
      await sweeper.stop();
      await leaveRegistry(context);
      await dispatch?.stop();
      await subscription.close();
      await config.close();
      await context.queues.close();
    },
  };
}

/**
 * Sweeps deadlines, and now and then the requeue notes, closed lines and the history's tail, until stopped; beats
 * for this process and reaps dead ones three times per process timeout.
 */
function startSweeping(context: PlazaContext, everyMs: number | false): { stop(): Promise<void> } {
  if (everyMs === false) return { stop: async () => {} };
  let round = 0;
  let running: Promise<unknown> = Promise.resolve();
  let beating: Promise<unknown> = Promise.resolve();
  const timer = setInterval(() => {
    round += 1;
    running = Promise.all([
      sweepDeadlines(context),
      round % 4 === 0 ? sweepRequeue(context) : 0,
      round % 20 === 0 ? sweepClosedTenants(context) : 0,
      round % 20 === 0 ? trimHistory(context) : 0,
    ]).catch((error: unknown) => context.logger.warn('sweep failed', { error }));
  }, everyMs);
  const heartbeat = setInterval(() => {
    beating = sweepPresence(context).catch((error: unknown) =>
      context.logger.warn('presence sweep failed', { error }),
    );
  }, context.settings.processTimeoutMs / 3);
  return {
    async stop() {
      clearInterval(timer);
      clearInterval(heartbeat);
      await Promise.all([running, beating]);
    },
  };
}
