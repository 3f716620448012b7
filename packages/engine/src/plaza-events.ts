// Transitions announced by the Lua scripts on the plaza channel, as every process receives them.
import { officerStatusSchema, ticketStatusSchema } from '@vp/contract';
import { z } from 'zod';
import type { PlazaKeys } from './keys';
import type { Logger } from './logger';
import type { RedisClient } from './redis';

const plazaEventSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('ticket'),
    id: z.string(),
    tenant: z.string(),
    status: ticketStatusSchema,
    officer: z.string().optional(),
    at: z.coerce.number(),
  }),
  z.object({
    type: z.literal('officer'),
    id: z.string(),
    status: officerStatusSchema,
    tenants: z.string().optional(),
    ticket: z.string().optional(),
    at: z.coerce.number(),
  }),
]);
export type PlazaEvent = z.infer<typeof plazaEventSchema>;

export interface PlazaEventSubscription {
  /** Listens to another channel of the plaza on the same connection (e.g. configuration changes). */
  listen(channel: string, onMessage: (message: string) => void): Promise<void>;
  close(): Promise<void>;
}

/** Subscribes a handler to every plaza event on a dedicated connection. */
export async function subscribePlazaEvents(options: {
  redis: RedisClient;
  keys: PlazaKeys;
  logger: Logger;
  onEvent: (event: PlazaEvent) => void;
}): Promise<PlazaEventSubscription> {
  const subscriber = options.redis.duplicate();
  subscriber.on('error', (error: Error) => options.logger.warn('plaza event subscriber error', { error }));
  await subscriber.connect();
  await subscriber.subscribe(options.keys.channel, (message) => {
    const parsed = plazaEventSchema.safeParse(JSON.parse(message));
    if (!parsed.success) {
      options.logger.warn('malformed plaza event ignored', { issue: parsed.error.issues[0]?.message });
      return;
    }
    options.onEvent(parsed.data);
  });
  const channels = [options.keys.channel];
  return {
    listen: async (channel, onMessage) => {
      await subscriber.subscribe(channel, onMessage);
      channels.push(channel);
    },
    close: async () => {
      await subscriber.unsubscribe(channels);
      subscriber.destroy();
    },
  };
}
