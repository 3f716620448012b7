// Pushes the supervisor's board to the streams open on this process: soon after a change in the
// plaza (at most one read per throttle window, however busy the plaza is), and every few seconds
// anyway, so that waits keep moving on a quiet board. Streams with the same scope share one read.
import type { Board, SupervisorStreamEvent } from '@vp/contract';
import type { Logger } from '@vp/engine';
import type { EventStream } from './event-stream';

interface BoardWatch {
  /** The tenants the stream's account sees, joined: streams with the same scope share one read. */
  scope: string;
  stream: EventStream;
  read: () => Promise<Board>;
}

export interface BoardHubOptions {
  /** A change is pushed no sooner than this after the last push. */
  throttleMs: number;
  /** The board is pushed at least this often. */
  refreshMs: number;
}

export const defaultBoardHubOptions: BoardHubOptions = { throttleMs: 500, refreshMs: 3000 };

export class BoardHub {
  private readonly watches = new Set<BoardWatch>();
  private pushTimer: NodeJS.Timeout | undefined;
  private refreshTimer: NodeJS.Timeout | undefined;
  private lastPushAt = 0;

  constructor(
    private readonly logger: Logger,
    private readonly options: BoardHubOptions = defaultBoardHubOptions,
  ) {}

  /** Follows the board on a stream; sends it at once. Returns the unfollow function. */
  watch(watch: BoardWatch): () => void {
    this.watches.add(watch);
    void this.push([watch]);
    this.refreshTimer ??= setInterval(() => this.schedule(), this.options.refreshMs);
    return () => {
      this.watches.delete(watch);
      if (this.watches.size === 0) {
        clearInterval(this.refreshTimer);
        this.refreshTimer = undefined;
      }
    };
  }

  /** A change in the plaza: the board is pushed within the throttle window. */
  handle(): void {
    if (this.watches.size > 0) this.schedule();
  }

  close(): void {
    clearTimeout(this.pushTimer);
    clearInterval(this.refreshTimer);
    this.watches.clear();
  }

  private schedule(): void {
    if (this.pushTimer) return;
    const wait = Math.max(0, this.lastPushAt + this.options.throttleMs - Date.now());
    this.pushTimer = setTimeout(() => {
      this.pushTimer = undefined;
      void this.push([...this.watches]);
    }, wait);
  }

  private async push(watches: BoardWatch[]): Promise<void> {
    this.lastPushAt = Date.now();
    const byScope = new Map<string, BoardWatch[]>();
    for (const watch of watches) {
      if (watch.stream.closed) continue;
      byScope.set(watch.scope, [...(byScope.get(watch.scope) ?? []), watch]);
    }
    await Promise.all(
      [...byScope.values()].map(async (group) => {
        const [first] = group;
        if (!first) return;
        try {
          const message: SupervisorStreamEvent = { type: 'board', board: await first.read() };
          for (const watch of group) watch.stream.send(message);
        } catch (error) {
          this.logger.warn('board push failed', { error });
        }
      }),
    );
  }
}
