import { useCallback, useEffect, useRef, useState } from 'react';
import {
  applyNetworkVerdict,
  readCallPreferences,
  storeCallPreferences,
} from '../../storage/call-preferences';
import { measureNetwork, ProbeRefused, type ProbeTarget } from './network-check';
import {
  judgeNetwork,
  type NetworkFinding,
  type NetworkMeasurement,
  storedVerdictOf,
} from './network-verdict';

/** A verdict younger than this, kept from before a reload, is shown instead of measuring again. */
const freshForMs = 10 * 60_000;

export type NetworkCheckState =
  | { phase: 'idle' }
  | { phase: 'running' }
  | { phase: 'done'; finding: NetworkFinding; measurement: NetworkMeasurement | null; at: number }
  | { phase: 'refused'; retryAfterSeconds: number | undefined };

function storedState(): NetworkCheckState {
  const network = readCallPreferences().network;
  if (!network || Date.now() - network.at > freshForMs) return { phase: 'idle' };
  return { phase: 'done', finding: network.verdict, measurement: null, at: network.at };
}

/**
 * The network check of a waiting ticket: run once on its own (when `auto` and no fresh verdict
 * is kept) and again on demand. Its verdict is kept in the call preferences, where it decides
 * whether the call starts audio only (unless the citizen chose). A check under way stops when
 * the hook unmounts (the ticket left the line: the call starting needs the whole link).
 */
export function useNetworkCheck(target: Omit<ProbeTarget, 'signal'>, options: { auto: boolean }) {
  const [state, setState] = useState<NetworkCheckState>(storedState);
  /** The check under way, if any. */
  const current = useRef<AbortController | null>(null);
  const autoRan = useRef(false);
  const { ticketId, accessKey } = target;

  const run = useCallback(async () => {
    if (current.current) return;
    const controller = new AbortController();
    current.current = controller;
    setState({ phase: 'running' });
    try {
      const measurement = await measureNetwork({ ticketId, accessKey, signal: controller.signal });
      const finding = judgeNetwork(measurement);
      const at = Date.now();
      storeCallPreferences(
        applyNetworkVerdict(readCallPreferences(), { verdict: storedVerdictOf(finding), at }),
      );
      if (!controller.signal.aborted) setState({ phase: 'done', finding, measurement, at });
    } catch (error) {
      if (controller.signal.aborted) return;
      const retryAfterSeconds = error instanceof ProbeRefused ? error.apiError.retryAfterSeconds : undefined;
      setState({ phase: 'refused', retryAfterSeconds });
    } finally {
      if (current.current === controller) current.current = null;
    }
  }, [ticketId, accessKey]);

  useEffect(() => {
    if (options.auto && !autoRan.current && storedState().phase === 'idle') {
      autoRan.current = true;
      void run();
    }
    return () => {
      const underWay = current.current;
      if (!underWay) return;
      underWay.abort();
      current.current = null;
      // Stopped before it found anything: a remount (React's dev double mount) runs it again.
      autoRan.current = false;
    };
  }, [options.auto, run]);

  return { state, run };
}
