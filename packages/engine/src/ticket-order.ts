// A ticket's place in its tenant's queue, as a BullMQ priority: class first, then arrival.
// Each ticket of a day gets a unique arrival rank, so its priority is unique too: a ticket put
// back after a declined offer lands exactly where it was (I3), whatever BullMQ's tie-breaking.
import type { VulnerableGroup } from '@vp/contract';

/** BullMQ accepts priorities up to 2^21 - 1; each of the two classes owns a band of 2^20. */
const classBand = 2 ** 20;

/** The lowest priority of a regular ticket: priorities below it belong to priority tickets. */
export const regularBand = classBand;

/** Whether a queue priority is of the priority class (a vulnerable group declared). */
export function isPriorityClass(priority: number): boolean {
  return priority < regularBand;
}

/** The highest arrival rank one plaza day can hold. */
export const maxArrivalRank = classBand - 1;

/** The band a ticket's arrival rank is added to: vulnerable groups first (lower is sooner). */
export function queueBandOf(vulnerableGroup: VulnerableGroup | undefined): number {
  return vulnerableGroup ? 0 : classBand;
}
