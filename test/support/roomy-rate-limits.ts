// Rate limits far above what a test takes from its one loopback address, as API environment
// settings: tests that are not about the limits run with these (the rate-limit tests set their own).
export const roomyRateLimits: Readonly<Record<string, string>> = {
  RATE_LIMIT_TICKETS_PER_ADDRESS: '10000/60',
  RATE_LIMIT_TICKETS_PER_BROWSER: '10000/60',
  RATE_LIMIT_CHALLENGES_PER_ADDRESS: '10000/60',
  RATE_LIMIT_SIGN_IN_FAILURES_PER_ACCOUNT: '10000/60',
  RATE_LIMIT_SIGN_IN_FAILURES_PER_ADDRESS: '10000/60',
  RATE_LIMIT_STREAMS_PER_TICKET: '10000/60',
  RATE_LIMIT_STREAMS_PER_ADDRESS: '10000/60',
  RATE_LIMIT_WRITES_PER_SESSION: '10000/60',
  RATE_LIMIT_NETWORK_PROBES_PER_TICKET: '10000/60',
};
