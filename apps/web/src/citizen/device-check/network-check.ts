// Measures what the citizen's link carries, over HTTP against the ticket's probe route: a few
// tiny requests for the round trip, then a timed download and a timed upload, each time-boxed so
// that a slow link is judged from what arrived instead of waited out. In this deployment the API
// and the LiveKit server sit on the same host, so the HTTP path stands for the media path; the
// LiveKit client is not loaded for it.
import type { NetworkProbeReceipt } from '@vp/contract';
import { type ApiError, toApiError } from '../../api/api-error';
import { medianOf, type NetworkMeasurement, throughputKbps, throughputOfTransfers } from './network-verdict';

/** How much each transfer moves at most: enough for TCP to open up, little on a metered plan. */
const downloadBytes = 200_000;
/** The upload's chunks, each sent after the last was acknowledged (150 KB in all). */
const uploadChunkBytes = [10_000, 20_000, 40_000, 80_000];
/** Round-trip pings; the first also opens the connection and is not counted when others came. */
const pings = 4;
const pingTimeoutMs = 3000;
/** Each transfer stops here and is judged from what moved so far. */
const transferBudgetMs = 4000;

export interface ProbeTarget {
  ticketId: string;
  accessKey: string;
  /** Stops the check at once (the call is starting and needs the link): it then rejects. */
  signal?: AbortSignal;
}

/** The API refused a probe (rate limit, a ticket no longer waiting): the check cannot go on. */
export class ProbeRefused extends Error {
  constructor(readonly apiError: ApiError) {
    super(apiError.message);
    this.name = 'ProbeRefused';
  }
}

/** The request's own time-out, or the whole check stopped, whichever comes first. */
const withStop = (own: AbortSignal, stop: AbortSignal | undefined) =>
  // Browsers before AbortSignal.any (2023) finish the request and stop right after it.
  stop && typeof AbortSignal.any === 'function' ? AbortSignal.any([own, stop]) : own;

const probeUrl = ({ ticketId }: ProbeTarget) => `/api/tickets/${encodeURIComponent(ticketId)}/network-probe`;

async function refuseUnlessOk(response: Response): Promise<void> {
  if (!response.ok) throw new ProbeRefused(await toApiError(response));
}

/** One tiny request's round trip (ms), or null when it did not come back in time. */
async function ping(target: ProbeTarget): Promise<number | null> {
  const started = performance.now();
  let response: Response;
  try {
    response = await fetch(`${probeUrl(target)}?bytes=0`, {
      headers: { 'X-Ticket-Key': target.accessKey },
      cache: 'no-store',
      signal: withStop(AbortSignal.timeout(pingTimeoutMs), target.signal),
    });
  } catch {
    target.signal?.throwIfAborted();
    return null;
  }
  await refuseUnlessOk(response);
  await response.arrayBuffer();
  return performance.now() - started;
}

/** Downloads up to `downloadBytes`, stopping at the budget; kbit/s of what arrived. */
async function measureDownload(target: ProbeTarget, rttMs: number): Promise<number | null> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), transferBudgetMs);
  const started = performance.now();
  let received = 0;
  let lastAt = started;
  try {
    const response = await fetch(`${probeUrl(target)}?bytes=${downloadBytes}`, {
      headers: { 'X-Ticket-Key': target.accessKey },
      cache: 'no-store',
      signal: withStop(controller.signal, target.signal),
    });
    await refuseUnlessOk(response);
    const reader = response.body?.getReader();
    if (!reader) return null;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      received += value.byteLength;
      lastAt = performance.now();
    }
  } catch (error) {
    if (error instanceof ProbeRefused) throw error;
    // Aborted at the budget, or the link dropped mid-way: judge from what arrived.
  } finally {
    clearTimeout(timer);
  }
  target.signal?.throwIfAborted();
  if (received === 0) return null;
  return throughputKbps({ bytes: received, elapsedMs: lastAt - started, rttMs });
}

/** Random, so that nothing on the way can compress it. */
function randomBody(bytes: number): Uint8Array<ArrayBuffer> {
  const body = new Uint8Array(bytes);
  // getRandomValues fills at most 64 KiB at a time.
  for (let offset = 0; offset < bytes; offset += 65_536) {
    crypto.getRandomValues(body.subarray(offset, Math.min(bytes, offset + 65_536)));
  }
  return body;
}

/**
 * Uploads chunks of growing size one after the other until the budget is spent, and counts only
 * what the server acknowledged: a browser's upload progress counts bytes handed to its socket,
 * which on a slow uplink runs far ahead of what has crossed the link. Small chunks first, so
 * that even a link of a few dozen kbit/s gets one through in time.
 */
async function measureUpload(target: ProbeTarget, rttMs: number): Promise<number | null> {
  const started = performance.now();
  const transfers: { bytes: number; elapsedMs: number }[] = [];
  for (const bytes of uploadChunkBytes) {
    const left = transferBudgetMs - (performance.now() - started);
    if (left <= 0) break;
    const chunkStarted = performance.now();
    let response: Response;
    try {
      response = await fetch(probeUrl(target), {
        method: 'POST',
        headers: { 'X-Ticket-Key': target.accessKey, 'Content-Type': 'application/octet-stream' },
        body: randomBody(bytes),
        cache: 'no-store',
        signal: withStop(AbortSignal.timeout(left), target.signal),
      });
    } catch {
      target.signal?.throwIfAborted();
      // Not through within the budget (or the link dropped): judge from the chunks that were.
      break;
    }
    await refuseUnlessOk(response);
    const receipt = (await response.json()) as NetworkProbeReceipt;
    transfers.push({ bytes: receipt.bytes, elapsedMs: performance.now() - chunkStarted });
  }
  return transfers.length === 0 ? null : throughputOfTransfers(transfers, rttMs);
}

/**
 * The round trip, then the download and the upload. Offline (round trip null) when the browser
 * says so or no ping came back. Throws `ProbeRefused` when the API refused a probe.
 */
export async function measureNetwork(target: ProbeTarget): Promise<NetworkMeasurement> {
  if (!navigator.onLine) return { rttMs: null, downKbps: null, upKbps: null };
  const times: number[] = [];
  for (let index = 0; index < pings; index++) {
    const time = await ping(target);
    if (time !== null) times.push(time);
    // Two lost in a row at the start: nothing answers, do not wait for the rest.
    if (index === 1 && times.length === 0) break;
  }
  const rttMs = medianOf(times.length > 1 ? times.slice(1) : times);
  if (rttMs === null) return { rttMs: null, downKbps: null, upKbps: null };
  const downKbps = await measureDownload(target, rttMs);
  const upKbps = await measureUpload(target, rttMs);
  return { rttMs: Math.round(rttMs), downKbps, upKbps };
}
