// How `npm start -- --simulate` runs the API so that one simulator on this machine can keep it
// busy: its rate limits per address raised (every simulated citizen comes from 127.0.0.1) and the
// proof of work made cheap. The API has no limit "for loopback only": these apply to every
// address, which is why only this demo mode sets them.
export const simulatedPlazaEnv: Readonly<Record<string, string>> = {
  RATE_LIMIT_TICKETS_PER_ADDRESS: '100000/60',
  RATE_LIMIT_TICKETS_PER_BROWSER: '100000/60',
  RATE_LIMIT_CHALLENGES_PER_ADDRESS: '100000/60',
  RATE_LIMIT_STREAMS_PER_TICKET: '100000/60',
  RATE_LIMIT_STREAMS_PER_ADDRESS: '100000/60',
  RATE_LIMIT_WRITES_PER_SESSION: '100000/60',
  // The proof stays on (the simulator solves it), at a fraction of a citizen's cost.
  TICKET_PROOF_MAX_NUMBER: '100',
};
