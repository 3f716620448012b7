// What the simulator did, per tenant: counted as it goes, printed every few seconds and at the end.

export const tallyFields = [
  'taken',
  'offered',
  'declined',
  /** Calls the officer ended after their length: the ticket completed. */
  'served',
  /** Calls still going when the run stopped, ended then. */
  'servedAtStop',
  /** Cancelled by their citizen while waiting. */
  'cancelled',
  /** Still waiting when the run stopped: cancelled then, so the plaza is left quiet. */
  'cancelledAtStop',
  /** Tickets the plaza ended itself (no-show, abandoned, closed), as their citizens saw. */
  'endedByPlaza',
  /** Requests refused with 429 (rate limits). */
  'rateLimited',
  /** Any other refused or failed request. */
  'errors',
] as const;
export type TallyField = (typeof tallyFields)[number];
export type TenantTally = Record<TallyField, number>;

/** Counts per tenant; `'plaza'` holds what belongs to no one tenant (an officer's sign-in). */
export class Tally {
  readonly byTenant = new Map<string, TenantTally>();
  /** The last error seen, to say what went wrong without flooding the terminal. */
  lastError: string | undefined;

  constructor(tenantCodes: readonly string[]) {
    for (const code of tenantCodes) this.byTenant.set(code, this.empty());
  }

  private empty(): TenantTally {
    return Object.fromEntries(tallyFields.map((field) => [field, 0])) as TenantTally;
  }

  add(tenantCode: string, field: TallyField): void {
    let tally = this.byTenant.get(tenantCode);
    if (tally === undefined) {
      tally = this.empty();
      this.byTenant.set(tenantCode, tally);
    }
    tally[field] += 1;
  }

  total(field: TallyField): number {
    let sum = 0;
    for (const tally of this.byTenant.values()) sum += tally[field];
    return sum;
  }

  /** One line per tenant, e.g. `DKC  taken 12  offered 9  declined 1  served 6  ...`. */
  describe(): string[] {
    const width = Math.max(...[...this.byTenant.keys()].map((code) => code.length));
    return [...this.byTenant].map(
      ([code, t]) =>
        `${code.padEnd(width)}  taken ${t.taken}  offered ${t.offered}  declined ${t.declined}  served ${t.served} (+${t.servedAtStop} at stop)` +
        `  cancelled ${t.cancelled} (+${t.cancelledAtStop} at stop)  ended by plaza ${t.endedByPlaza}  refused 429 ${t.rateLimited}  errors ${t.errors}`,
    );
  }
}
