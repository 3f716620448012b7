// What one API process holds of the citizens' presence, kept beside its Redis registration so
// that it can count its connections again after being reaped (see presence.ts).
import { randomUUID } from 'node:crypto';

/** This process's share of citizen connections, and its place in the process registry. */
export class ProcessPresence {
  readonly id = `${process.pid}-${randomUUID()}`;
  /** Live connections held here, by ticket: what a rejoin counts again. */
  private readonly held = new Map<string, number>();
  private queue: Promise<unknown> = Promise.resolve();

  /**
   * Runs presence operations one after another, so that a rejoin (which counts every held
   * connection again) never races a connect or disconnect into counting one twice.
   */
  serialize<T>(operation: () => Promise<T>): Promise<T> {
    const result = this.queue.then(operation);
    this.queue = result.catch(() => {});
    return result;
  }

  change(ticketId: string, delta: 1 | -1): void {
    const count = (this.held.get(ticketId) ?? 0) + delta;
    if (count > 0) this.held.set(ticketId, count);
    else this.held.delete(ticketId);
  }

  /** Ticket id and count pairs, flat, as the rejoin script reads them. */
  heldPairs(): (string | number)[] {
    return [...this.held].flat();
  }

  forget(): void {
    this.held.clear();
  }
}
