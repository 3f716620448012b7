// A signal a loop can sleep on until something happens or a timeout passes. A wake that finds
// nobody waiting is kept for the next wait: the loop may be between its check and its wait
// (awaiting Redis) when the news arrives, and must not sleep through it.

export class WakeSignal {
  private waiters: (() => void)[] = [];
  private pending = false;

  /** Resolves at the next `wake()` (or at once after an unconsumed one), or after `timeoutMs`. */
  wait(timeoutMs: number): Promise<void> {
    if (this.pending) {
      this.pending = false;
      return Promise.resolve();
    }
    return new Promise((resolve) => {
      const timer = setTimeout(done, timeoutMs);
      const self = this;
      function done() {
        clearTimeout(timer);
        self.waiters = self.waiters.filter((waiter) => waiter !== done);
        resolve();
      }
      this.waiters.push(done);
    });
  }

  wake(): void {
    if (this.waiters.length === 0) {
      this.pending = true;
      return;
    }
    for (const waiter of [...this.waiters]) waiter();
  }
}
