// The event stream's watchdog and network handling, with fake timers, a fake EventSource and a
// fake window: a silent stream is replaced, offline is reported at once, online reconnects.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { eventStreamHeartbeatMs } from './contract-values';
import { defaultSilenceMs, openEventStream, parseTicketEvent, type StreamConnection } from './events';

class FakeEventSource {
  static readonly CONNECTING = 0;
  static readonly OPEN = 1;
  static readonly CLOSED = 2;
  static opened: FakeEventSource[] = [];

  readyState = FakeEventSource.CONNECTING;
  onopen: (() => void) | null = null;
  onmessage: ((event: { data: string }) => void) | null = null;
  onerror: (() => void) | null = null;
  private readonly listeners = new Map<string, (() => void)[]>();

  constructor(readonly url: string) {
    FakeEventSource.opened.push(this);
  }

  addEventListener(type: string, listener: () => void) {
    this.listeners.set(type, [...(this.listeners.get(type) ?? []), listener]);
  }

  close() {
    this.readyState = FakeEventSource.CLOSED;
  }

  // What the server (or the network) does to this connection:
  open() {
    this.readyState = FakeEventSource.OPEN;
    this.onopen?.();
  }
  message(data: unknown) {
    this.onmessage?.({ data: JSON.stringify(data) });
  }
  heartbeat() {
    for (const listener of this.listeners.get('heartbeat') ?? []) listener();
  }
  fail(closeForGood: boolean) {
    if (closeForGood) this.readyState = FakeEventSource.CLOSED;
    this.onerror?.();
  }

  static last(): FakeEventSource {
    const last = FakeEventSource.opened.at(-1);
    if (!last) throw new Error('no EventSource was opened');
    return last;
  }
}

const ticket = { id: 't1', status: 'waiting' };

describe('openEventStream', () => {
  let network: EventTarget;
  let navigatorStub: { onLine: boolean };
  let states: StreamConnection[];
  let messages: unknown[];
  let close: () => void;

  const goOffline = () => {
    navigatorStub.onLine = false;
    network.dispatchEvent(new Event('offline'));
  };
  const goOnline = () => {
    navigatorStub.onLine = true;
    network.dispatchEvent(new Event('online'));
  };

  beforeEach(() => {
    vi.useFakeTimers();
    FakeEventSource.opened = [];
    network = new EventTarget();
    navigatorStub = { onLine: true };
    vi.stubGlobal('EventSource', FakeEventSource);
    vi.stubGlobal('window', network);
    vi.stubGlobal('navigator', navigatorStub);
    states = [];
    messages = [];
    close = openEventStream({
      url: '/events',
      parse: parseTicketEvent,
      onMessage: (value) => messages.push(value),
      onConnectionChange: (state) => states.push(state),
    });
  });

  afterEach(() => {
    close();
    vi.unstubAllGlobals();
    vi.useRealTimers();
  });

  it('expects the silence limit to be two heartbeats and a margin', () => {
    expect(defaultSilenceMs).toBeGreaterThan(2 * eventStreamHeartbeatMs);
    expect(defaultSilenceMs).toBeLessThan(3 * eventStreamHeartbeatMs);
  });

  it('stays open while heartbeats and messages arrive', () => {
    FakeEventSource.last().open();
    for (let beat = 0; beat < 10; beat++) {
      vi.advanceTimersByTime(eventStreamHeartbeatMs);
      FakeEventSource.last().heartbeat();
    }
    FakeEventSource.last().message({ type: 'ticket', ticket });
    vi.advanceTimersByTime(defaultSilenceMs - 1);
    expect(states).toEqual(['connecting', 'open']);
    expect(messages).toEqual([ticket]);
    expect(FakeEventSource.opened).toHaveLength(1);
  });

  it('reports reconnecting after two missed heartbeats, replaces the stream, and is open again', () => {
    const first = FakeEventSource.last();
    first.open();
    first.heartbeat();
    vi.advanceTimersByTime(defaultSilenceMs - 1);
    expect(states.at(-1)).toBe('open');
    vi.advanceTimersByTime(1);
    expect(states.at(-1)).toBe('reconnecting');
    expect(first.readyState).toBe(FakeEventSource.CLOSED);

    // A new stream after the first backoff step; it is live once it opens.
    vi.advanceTimersByTime(1_000);
    expect(FakeEventSource.opened).toHaveLength(2);
    FakeEventSource.last().open();
    expect(states).toEqual(['connecting', 'open', 'reconnecting', 'open']);
    // The dead stream's late events count for nothing.
    first.message({ type: 'ticket', ticket: { id: 'old', status: 'waiting' } });
    expect(messages).toEqual([]);
  });

  it('gives up on a connection attempt that hangs, with growing backoff', () => {
    FakeEventSource.last().open();
    vi.advanceTimersByTime(defaultSilenceMs); // silent: dropped
    vi.advanceTimersByTime(1_000); // second attempt, which never opens
    expect(FakeEventSource.opened).toHaveLength(2);
    vi.advanceTimersByTime(defaultSilenceMs); // dropped too
    vi.advanceTimersByTime(1_999);
    expect(FakeEventSource.opened).toHaveLength(2);
    vi.advanceTimersByTime(1);
    expect(FakeEventSource.opened).toHaveLength(3);
    expect(FakeEventSource.opened.slice(0, 2).map((source) => source.readyState)).toEqual([
      FakeEventSource.CLOSED,
      FakeEventSource.CLOSED,
    ]);
    expect(states).toEqual(['connecting', 'open', 'reconnecting']);
  });

  it('reopens with backoff after the server closes the stream for good', () => {
    FakeEventSource.last().open();
    FakeEventSource.last().fail(true);
    expect(states.at(-1)).toBe('reconnecting');
    vi.advanceTimersByTime(1_000);
    expect(FakeEventSource.opened).toHaveLength(2);
    FakeEventSource.last().open();
    expect(states.at(-1)).toBe('open');
  });

  it('leaves a passing error to EventSource itself, still watched', () => {
    FakeEventSource.last().open();
    FakeEventSource.last().fail(false);
    expect(states.at(-1)).toBe('reconnecting');
    FakeEventSource.last().open(); // EventSource's own retry succeeded
    expect(states.at(-1)).toBe('open');
    expect(FakeEventSource.opened).toHaveLength(1);
  });

  it('reports offline as soon as the browser goes offline, and reconnects at once when back', () => {
    FakeEventSource.last().open();
    goOffline();
    expect(states.at(-1)).toBe('offline');
    // Silence while offline stays "offline", not "reconnecting".
    vi.advanceTimersByTime(3 * defaultSilenceMs);
    expect(states.at(-1)).toBe('offline');
    const before = FakeEventSource.opened.length;
    goOnline();
    expect(states.at(-1)).toBe('reconnecting');
    expect(FakeEventSource.opened).toHaveLength(before + 1);
    expect(FakeEventSource.opened.slice(0, -1).every((source) => source.readyState === 2)).toBe(true);
    FakeEventSource.last().open();
    expect(states.at(-1)).toBe('open');
  });

  it('starts offline when the browser already is', () => {
    close();
    navigatorStub.onLine = false;
    const seen: StreamConnection[] = [];
    close = openEventStream({
      url: '/events',
      parse: parseTicketEvent,
      onMessage: () => {},
      onConnectionChange: (state) => seen.push(state),
    });
    expect(seen).toEqual(['offline']);
  });

  it('stops watching and listening once closed', () => {
    FakeEventSource.last().open();
    close();
    vi.advanceTimersByTime(10 * defaultSilenceMs);
    goOffline();
    goOnline();
    expect(FakeEventSource.opened).toHaveLength(1);
    expect(states).toEqual(['connecting', 'open']);
  });

  describe('with an address made fresh for each connection (a single-use stream ticket)', () => {
    let made: number;
    let failNext: unknown;
    let urlErrors: unknown[];

    beforeEach(() => {
      close();
      FakeEventSource.opened = [];
      made = 0;
      failNext = undefined;
      urlErrors = [];
      close = openEventStream({
        url: async () => {
          if (failNext !== undefined) throw failNext;
          made += 1;
          return `/events?ticket=t${made}`;
        },
        onUrlError: (error) => urlErrors.push(error),
        parse: parseTicketEvent,
        onMessage: (value) => messages.push(value),
      });
    });

    it('asks for a new address on every reconnect, never letting EventSource reuse a spent one', async () => {
      await vi.advanceTimersByTimeAsync(0);
      const first = FakeEventSource.last();
      expect(first.url).toBe('/events?ticket=t1');
      first.open();
      // A passing error: EventSource would retry the same URL by itself; the stream replaces it.
      first.fail(false);
      expect(first.readyState).toBe(FakeEventSource.CLOSED);
      await vi.advanceTimersByTimeAsync(1_000);
      expect(FakeEventSource.opened.map((source) => source.url)).toEqual([
        '/events?ticket=t1',
        '/events?ticket=t2',
      ]);
    });

    it('reports a failing address (the session ended) and keeps retrying with backoff', async () => {
      await vi.advanceTimersByTimeAsync(0);
      FakeEventSource.last().open();
      failNext = new Error('unauthenticated');
      FakeEventSource.last().fail(true);
      await vi.advanceTimersByTimeAsync(1_000);
      expect(urlErrors).toEqual([failNext]);
      expect(FakeEventSource.opened).toHaveLength(1);
      failNext = undefined;
      await vi.advanceTimersByTimeAsync(2_000);
      expect(FakeEventSource.last().url).toBe('/events?ticket=t2');
    });
  });
});
