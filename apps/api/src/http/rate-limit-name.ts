/**
 * Names of the rate limits a route of the table may state: the middlewares of `RateLimits`
 * (http/rate-limits.ts). `ApiDeps.limits` maps each name to its middleware; a name with none there
 * limits nothing.
 */
export type RateLimitName =
  | 'ticketCreation'
  | 'challenges'
  | 'signIn'
  | 'ticketEvents'
  | 'officerEvents'
  | 'writes'
  | 'networkProbe';
