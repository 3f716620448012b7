// Which chosen status goes with an auto-accept change; pure so it is unit-tested.
import type { OfficerStatus, SetOfficerStatusRequest } from '@vp/contract';

export type ChosenStatus = SetOfficerStatusRequest['status'];

// A Record over the contract's statuses: tsc fails here the day the contract adds one.
const statusForAutoAccept: Record<OfficerStatus, ChosenStatus | null> = {
  ready: 'ready',
  // The API takes auto-accept only with a status; `ready` is where wrap-up leads anyway
  // (and it ends the wrap-up, which the console says next to the switch).
  wrap_up: 'ready',
  away: 'away',
  offline: 'offline',
  // An offer or a call has to be settled first: the API answers officer_busy.
  offered: null,
  in_call: null,
};

/** The status to send with an auto-accept change; null while offered or in a call. */
export function autoAcceptStatus(status: OfficerStatus): ChosenStatus | null {
  return statusForAutoAccept[status];
}
