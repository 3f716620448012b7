// Process-wide registry of what must be stopped when this process ends, so that no server is
// left orphaned and no port stays taken: on stop(), on Ctrl+C / SIGTERM, and as a last resort
// on exit (where only synchronous work is possible).
import { constants } from 'node:os';

/** Something that can be stopped in order, and killed at once when there is no time left. */
export interface ShutdownEntry {
  readonly name: string;
  stop(): Promise<void>;
  /** Synchronous last resort, called from the process 'exit' event. */
  killNow?(): void;
}

/** What happens when the process receives SIGINT, SIGTERM or SIGHUP. */
export interface ShutdownSignalOptions {
  /** Exit code once everything is stopped; defaults to 128 + the signal's number. */
  exitCode?: number;
  /** Called first, e.g. to tell the user that the stack is stopping. */
  onSignal?: (signal: NodeJS.Signals) => void;
}

const entries = new Set<ShutdownEntry>();
const handledSignals = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;
let installed = false;
let signalOptions: ShutdownSignalOptions = {};
let stopping: Promise<void> | undefined;

/** Registers an entry to be stopped on shutdown; returns the function that unregisters it. */
export function registerForShutdown(entry: ShutdownEntry): () => void {
  installHandlers();
  entries.add(entry);
  return () => {
    entries.delete(entry);
  };
}

/** Stops every registered entry, newest first (later ones usually depend on earlier ones). */
export async function stopAllRegistered(): Promise<void> {
  for (const entry of [...entries].reverse()) {
    entries.delete(entry);
    try {
      await entry.stop();
    } catch (error) {
      console.error(`could not stop ${entry.name}:`, error);
    }
  }
}

/** Sets how SIGINT/SIGTERM/SIGHUP are handled: stop everything registered, then exit. */
export function handleShutdownSignals(options: ShutdownSignalOptions): void {
  signalOptions = options;
  installHandlers();
}

function killAllNow(): void {
  for (const entry of entries) entry.killNow?.();
}

function onSignal(signal: NodeJS.Signals): void {
  const exitCode = signalOptions.exitCode ?? 128 + (constants.signals[signal] ?? 0);
  if (stopping !== undefined) {
    // A second Ctrl+C means "now": kill what is left instead of waiting for it.
    killAllNow();
    process.exit(exitCode);
  }
  signalOptions.onSignal?.(signal);
  stopping = stopAllRegistered().finally(() => process.exit(exitCode));
}

function installHandlers(): void {
  if (installed) return;
  installed = true;
  for (const signal of handledSignals) process.on(signal, onSignal);
  process.on('exit', killAllNow);
}
