// The citizen's network check while waiting (apps/web device check): it times small and large
// requests of its ticket's probe route to judge whether the link can carry video. In this
// deployment the API and LiveKit sit on the same host, so the HTTP path stands for the media path.
import { z } from 'zod';

/** The largest body the probe sends (download) or takes (upload), in bytes. */
export const networkProbeMaxBytes = 300_000;

/** `GET /tickets/:id/network-probe?bytes=`: how many random bytes to answer with. */
export const networkProbeQuerySchema = z.strictObject({
  bytes: z
    .string({ error: 'bytes must be a whole number' })
    .regex(/^\d{1,7}$/, 'bytes must be a whole number')
    .transform(Number)
    .pipe(z.number().int().min(0).max(networkProbeMaxBytes, `bytes must be at most ${networkProbeMaxBytes}`)),
  /** The ticket key may ride in the address of a GET (route-router.ts); it is checked there. */
  key: z.string().optional(),
});

/** What the upload half of the probe answers: how many bytes arrived (and were thrown away). */
export interface NetworkProbeReceipt {
  bytes: number;
}
