import { describe, expect, it } from 'vitest';
import { WakeSignal } from './wake-signal';

describe('WakeSignal', () => {
  it('wakes a waiter before its timeout', async () => {
    const signal = new WakeSignal();
    const started = Date.now();
    const waiting = signal.wait(5000);
    signal.wake();
    await waiting;
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it('keeps a wake that came while nobody waited, for the next wait only', async () => {
    const signal = new WakeSignal();
    signal.wake();
    const started = Date.now();
    await signal.wait(5000);
    expect(Date.now() - started).toBeLessThan(1000);
    // Consumed: the following wait runs to its timeout.
    const again = Date.now();
    await signal.wait(50);
    expect(Date.now() - again).toBeGreaterThanOrEqual(45);
  });
});
