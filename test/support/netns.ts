// A network namespace joined to this machine by a veth pair, for tests that put a citizen's
// browser behind a link they can shape (tc tbf, both directions) or cut (tc blackhole, both
// directions: packets silently vanish, as when a phone loses signal; the link itself stays up).
//
// Network rules of this workplace: the namespace has no route but its own /30, so a browser in it
// reaches only the host side of the pair; names and the /30 derive from the process id so that
// parallel runs do not clash; everything is removed by remove(), and on process exit as a last
// resort. Needs root and iproute2 (`ip`, `tc`); fails with a clear message otherwise.
import { execFileSync } from 'node:child_process';

export interface CitizenNetns {
  /** The namespace's name, e.g. `vpwl12345`. */
  name: string;
  /** The host side's address (what the plaza binds and advertises), e.g. `10.213.48.57`. */
  hostAddress: string;
  /** The namespace side's address. */
  namespaceAddress: string;
  /** The command prefix that runs a program inside the namespace. */
  execPrefix: readonly string[];
  /** Limits both directions to `kbitPerSecond` (token bucket: tbf). */
  shape(kbitPerSecond: number): void;
  /** Drops every packet both ways until restore(). */
  cut(): void;
  /** Lifts any shaping or cut. */
  restore(): void;
  /** Deletes the namespace and the veth pair; safe to call more than once. */
  remove(): void;
}

const ipPath = 'ip';
const tcPath = 'tc';

function run(command: string, args: readonly string[]): string {
  try {
    return execFileSync(command, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (error) {
    const stderr = (error as { stderr?: string }).stderr ?? '';
    throw new Error(`${command} ${args.join(' ')} failed: ${stderr.trim() || String(error)}`);
  }
}

/** Throws unless this process can make namespaces and shape links. */
export function assertNetnsCapable(): void {
  if (process.getuid?.() !== 0) {
    throw new Error(
      'the weak-link test needs root (network namespaces, veth pairs, tc); CI runs as root: run it as root',
    );
  }
  for (const [path, name] of [
    [ipPath, 'ip'],
    [tcPath, 'tc'],
  ] as const) {
    try {
      execFileSync(path, ['-V'], { stdio: 'ignore' });
    } catch {
      throw new Error(`${name} is missing from PATH: install the Debian package iproute2`);
    }
  }
}

/**
 * A /30 in 10.213.0.0/16 chosen from `seed` (the pid by default): 16384 of them, so two runs on
 * one machine do not collide unless their pids agree modulo 16384.
 */
export function subnetFor(seed: number): { hostAddress: string; namespaceAddress: string } {
  const block = seed % 16384;
  const third = block >> 6;
  const fourth = (block & 63) * 4;
  return { hostAddress: `10.213.${third}.${fourth + 1}`, namespaceAddress: `10.213.${third}.${fourth + 2}` };
}

/**
 * Makes the namespace `vpwl<pid><suffix>` with a veth pair `<name>h` (host) / `<name>n` (inside),
 * addresses from subnetFor(pid), loopback up inside and no other route. Unshaped until shape().
 */
export function createCitizenNetns(suffix = ''): CitizenNetns {
  assertNetnsCapable();
  const name = `vpwl${process.pid}${suffix}`;
  if (name.length > 13) throw new Error(`namespace name ${name} too long for interface names`);
  const hostIf = `${name}h`;
  const nsIf = `${name}n`;
  const { hostAddress, namespaceAddress } = subnetFor(process.pid);
  const inNs = (command: string, args: readonly string[]) =>
    run(ipPath, ['netns', 'exec', name, command, ...args]);

  // Deleting either end of a veth pair deletes both; deleting the namespace deletes its end too.
  const deleteBoth = () => {
    for (const args of [
      ['link', 'del', hostIf],
      ['netns', 'del', name],
    ]) {
      try {
        execFileSync(ipPath, args, { stdio: 'ignore' });
      } catch {
        // already gone
      }
    }
  };
  let removed = false;
  const remove = () => {
    if (removed) return;
    removed = true;
    process.off('exit', remove);
    deleteBoth();
  };

  // A leftover of an earlier run with the same pid would make `add` fail: clear it first.
  deleteBoth();
  process.on('exit', remove);
  try {
    run(ipPath, ['netns', 'add', name]);
    run(ipPath, ['link', 'add', hostIf, 'type', 'veth', 'peer', 'name', nsIf]);
    run(ipPath, ['link', 'set', nsIf, 'netns', name]);
    run(ipPath, ['addr', 'add', `${hostAddress}/30`, 'dev', hostIf]);
    run(ipPath, ['link', 'set', hostIf, 'up']);
    run(ipPath, ['-n', name, 'addr', 'add', `${namespaceAddress}/30`, 'dev', nsIf]);
    run(ipPath, ['-n', name, 'link', 'set', nsIf, 'up']);
    run(ipPath, ['-n', name, 'link', 'set', 'lo', 'up']);
  } catch (error) {
    remove();
    throw error;
  }

  /** Replaces the root qdisc of both ends (host end: egress = citizen's downlink). */
  const setRoot = (qdisc: readonly string[]) => {
    run(tcPath, ['qdisc', 'replace', 'dev', hostIf, 'root', ...qdisc]);
    inNs(tcPath, ['qdisc', 'replace', 'dev', nsIf, 'root', ...qdisc]);
  };
  const clearRoot = () => {
    for (const [command, args] of [
      [tcPath, ['qdisc', 'del', 'dev', hostIf, 'root']],
      [ipPath, ['netns', 'exec', name, tcPath, 'qdisc', 'del', 'dev', nsIf, 'root']],
    ] as const) {
      try {
        execFileSync(command, args, { stdio: 'ignore' });
      } catch {
        // no root qdisc of ours there: nothing to lift
      }
    }
  };

  return {
    name,
    hostAddress,
    namespaceAddress,
    execPrefix: [ipPath, 'netns', 'exec', name],
    shape(kbitPerSecond) {
      // A burst of two full packets and at most 300 ms of queue: a slow mobile link, not a buffer.
      setRoot(['tbf', 'rate', `${kbitPerSecond}kbit`, 'burst', '3000', 'latency', '300ms']);
    },
    cut() {
      setRoot(['blackhole']);
    },
    restore() {
      clearRoot();
    },
    remove,
  };
}
