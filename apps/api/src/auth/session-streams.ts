// The event streams this process holds open for signed-in sessions. A stream closes when its
// session ends: at once on the pub/sub message every sign-out and admin end publishes, and, as a
// backstop for a lost message or a session that simply expired, at the next periodic check. An
// open stream counts as use of its session: a console left open stays signed in up to its
// absolute lifetime.
import type { Logger, RedisClient } from '@vp/engine';
import type { AuthKeys } from './auth-keys';
import type { SessionStore } from './session-store';

/** How often the sessions of open streams are checked (and kept from idling out). */
export const streamSessionCheckMs = 30_000;

export class SessionStreams {
  private readonly streams = new Map<string, Set<() => void>>();
  private subscriber: RedisClient | undefined;
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly options: {
      redis: RedisClient;
      keys: AuthKeys;
      store: SessionStore;
      logger: Logger;
      checkMs?: number;
    },
  ) {}

  /** Listens for ended sessions; call once before holding streams. */
  async start(): Promise<void> {
    const subscriber = this.options.redis.duplicate();
    subscriber.on('error', (error: Error) => this.options.logger.warn('session subscriber error', { error }));
    await subscriber.connect();
    await subscriber.subscribe(this.options.keys.sessionEndedChannel, (sessionKey) =>
      this.closeSession(sessionKey),
    );
    this.subscriber = subscriber;
    this.timer = setInterval(() => void this.check(), this.options.checkMs ?? streamSessionCheckMs);
    this.timer.unref();
  }

  /** Holds a stream of the session; `close` ends it. Returns the release to run when it closes. */
  hold(sessionKey: string, close: () => void): () => void {
    const closers = this.streams.get(sessionKey) ?? new Set();
    closers.add(close);
    this.streams.set(sessionKey, closers);
    return () => {
      closers.delete(close);
      if (closers.size === 0 && this.streams.get(sessionKey) === closers) this.streams.delete(sessionKey);
    };
  }

  /** How many streams of the session this process holds. */
  count(sessionKey: string): number {
    return this.streams.get(sessionKey)?.size ?? 0;
  }

  /** Closes every stream of the session held here. */
  closeSession(sessionKey: string): void {
    const closers = this.streams.get(sessionKey);
    if (!closers) return;
    this.streams.delete(sessionKey);
    for (const close of closers) close();
  }

  /** Keeps the sessions of open streams in use, and closes the streams of those that are over. */
  async check(): Promise<void> {
    await Promise.all(
      [...this.streams.keys()].map(async (sessionKey) => {
        try {
          if (!(await this.options.store.resolveKey(sessionKey))) this.closeSession(sessionKey);
        } catch (error) {
          this.options.logger.warn('stream session check failed', { error });
        }
      }),
    );
  }

  async close(): Promise<void> {
    clearInterval(this.timer);
    const subscriber = this.subscriber;
    this.subscriber = undefined;
    if (subscriber) {
      await subscriber.unsubscribe(this.options.keys.sessionEndedChannel).catch(() => {});
      subscriber.destroy();
    }
  }
}
