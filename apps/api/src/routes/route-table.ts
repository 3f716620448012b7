// Every /api route in one table: method, path, who may call it (`access`), its path params, whether
// its answer carries a secret (then `Cache-Control: no-store`), its rate limit, and its handler.
// The router is built from this table alone (http/route-router.ts), and route-table.test.ts walks
// every entry with every role. A new route is one more entry here.
import { defineRoute, type Route } from '../http/route-definition';
import { createAccount, listAccounts, resetAccountPassword, updateAccount } from './admin-routes';
import { listTenants, updateTenantServices, updateTenantSettings } from './admin-routes-tenants';
import { checkHealth, showCatalogue } from './catalogue-routes';
import { livekitWebhookBody, receiveCallWebhook } from './livekit-webhook-routes';
import { networkProbeBody, receiveNetworkProbe, sendNetworkProbe } from './network-probe-routes';
import {
  acceptOfferOfOfficer,
  answerPriorityClaimOfOfficer,
  declineOfferOfOfficer,
  endCallOfOfficer,
  issueOfficerStreamTicket,
  joinOfficerCall,
  ownConsole,
  recordWrapUpOfOfficer,
  setPreferences,
  setStatus,
  showOfficer,
  signInOfficer,
  streamOfficerEvents,
  transferCallOfOfficer,
} from './officer-routes';
import { accountParams, callParams, officerParams, tenantParams, ticketParams } from './route-params';
import { endAccountSessions, showSessionAccount, signIn, signOut } from './session-routes';
import {
  endStuckCall,
  exportTenantDay,
  monitorCall,
  pauseTenantIntake,
  resumeTenantIntake,
  setOfficerStatusBySupervisor,
  showAuditLog,
} from './supervisor-action-routes';
import {
  issueSupervisorStreamTicket,
  showBoard,
  showTenantDetail,
  streamBoard,
  supervisorScope,
} from './supervisor-routes';
import {
  cancelCitizenTicket,
  endCitizenCall,
  issueTicketChallenge,
  joinCitizenCall,
  showTicket,
  streamTicketEvents,
  takeTicket,
} from './ticket-routes';

/** Any signed-in account, acting on its own session. */
const ownSession = { role: 'any', scope: 'session' } as const;

/**
 * A supervisor (or an admin) on a tenant it supervises: named by the path's `:tenantCode`, or,
 * for a call or an officer, checked by the handler against the ticket's or officer's tenants.
 */
const supervisorOfTenant = {
  role: 'supervisor',
  scope: 'tenant',
  tenantFrom: { in: 'params', field: 'tenantCode' },
} as const;

/** An admin, on the whole plaza. */
const adminOfPlaza = { role: 'admin', scope: 'plaza' } as const;

export const routeTable: readonly Route[] = [
  // Public.
  defineRoute({ method: 'get', path: '/catalogue', access: 'public', handler: showCatalogue }),
  defineRoute({ method: 'get', path: '/health', access: 'public', handler: checkHealth }),
  // Verified by its signature, read raw before the JSON parser.
  defineRoute({
    method: 'post',
    path: '/livekit/webhook',
    access: 'public',
    rawBody: livekitWebhookBody,
    handler: receiveCallWebhook,
  }),

  // The citizen: anonymous ticket creation, then the ticket's id and access key.
  // `/tickets/challenge` before `/tickets/:id`, which would take `challenge` for an id.
  defineRoute({
    method: 'get',
    path: '/tickets/challenge',
    access: 'public',
    secret: true,
    limit: 'challenges',
    handler: issueTicketChallenge,
  }),
  defineRoute({
    method: 'post',
    path: '/tickets',
    access: 'public',
    secret: true,
    limit: 'ticketCreation',
    handler: takeTicket,
  }),
  defineRoute({
    method: 'get',
    path: '/tickets/:id',
    access: 'citizen',
    params: ticketParams,
    handler: showTicket,
  }),
  // The key stays in the URL of this GET, which changes nothing: EventSource sends no headers.
  defineRoute({
    method: 'get',
    path: '/tickets/:id/events',
    access: 'citizen',
    params: ticketParams,
    limit: 'ticketEvents',
    handler: streamTicketEvents,
  }),
  defineRoute({
    method: 'post',
    path: '/tickets/:id/cancel',
    access: 'citizen',
    params: ticketParams,
    limit: 'writes',
    noBody: true,
    handler: cancelCitizenTicket,
  }),
  defineRoute({
    method: 'post',
    path: '/tickets/:id/call',
    access: 'citizen',
    params: ticketParams,
    secret: true,
    limit: 'writes',
    noBody: true,
    handler: joinCitizenCall,
  }),
  defineRoute({
    method: 'post',
    path: '/tickets/:id/end',
    access: 'citizen',
    params: ticketParams,
    limit: 'writes',
    noBody: true,
    handler: endCitizenCall,
  }),
  // The device check's network probe (network-probe-routes.ts): timed downloads and uploads.
  defineRoute({
    method: 'get',
    path: '/tickets/:id/network-probe',
    access: 'citizen',
    params: ticketParams,
    secret: true,
    limit: 'networkProbe',
    handler: sendNetworkProbe,
  }),
  defineRoute({
    method: 'post',
    path: '/tickets/:id/network-probe',
    access: 'citizen',
    params: ticketParams,
    secret: true,
    limit: 'networkProbe',
    rawBody: networkProbeBody,
    handler: receiveNetworkProbe,
  }),

  // Sessions of every account.
  defineRoute({
    method: 'post',
    path: '/session/sign-in',
    access: 'public',
    secret: true,
    limit: 'signIn',
    handler: signIn,
  }),
  defineRoute({ method: 'get', path: '/session', access: ownSession, handler: showSessionAccount }),
  defineRoute({
    method: 'post',
    path: '/session/sign-out',
    access: ownSession,
    noBody: true,
    handler: signOut,
  }),

  // The officer console: an officer, on itself.
  defineRoute({
    method: 'post',
    path: '/officers/login',
    access: 'public',
    secret: true,
    limit: 'signIn',
    handler: signInOfficer,
  }),
  defineRoute({ method: 'get', path: '/officers/me', access: ownConsole, handler: showOfficer }),
  defineRoute({
    method: 'post',
    path: '/officers/me/events/ticket',
    access: ownConsole,
    secret: true,
    limit: 'writes',
    noBody: true,
    handler: issueOfficerStreamTicket,
  }),
  defineRoute({
    method: 'get',
    path: '/officers/me/events',
    access: { ...ownConsole, credential: 'stream-ticket' },
    limit: 'officerEvents',
    handler: streamOfficerEvents,
  }),
  defineRoute({
    method: 'post',
    path: '/officers/me/status',
    access: ownConsole,
    limit: 'writes',
    handler: setStatus,
  }),
  defineRoute({
    method: 'put',
    path: '/officers/me/preferences',
    access: ownConsole,
    limit: 'writes',
    handler: setPreferences,
  }),
  defineRoute({
    method: 'post',
    path: '/officers/me/offer/accept',
    access: ownConsole,
    limit: 'writes',
    handler: acceptOfferOfOfficer,
  }),
  defineRoute({
    method: 'post',
    path: '/officers/me/offer/decline',
    access: ownConsole,
    limit: 'writes',
    handler: declineOfferOfOfficer,
  }),
  defineRoute({
    method: 'post',
    path: '/officers/me/call',
    access: ownConsole,
    secret: true,
    limit: 'writes',
    noBody: true,
    handler: joinOfficerCall,
  }),
  defineRoute({
    method: 'post',
    path: '/officers/me/call/end',
    access: ownConsole,
    limit: 'writes',
    handler: endCallOfOfficer,
  }),
  defineRoute({
    method: 'post',
    path: '/officers/me/call/priority',
    access: ownConsole,
    limit: 'writes',
    handler: answerPriorityClaimOfOfficer,
  }),
  defineRoute({
    method: 'post',
    path: '/officers/me/call/transfer',
    access: ownConsole,
    limit: 'writes',
    handler: transferCallOfOfficer,
  }),
  defineRoute({
    method: 'post',
    path: '/officers/me/wrap-up',
    access: ownConsole,
    limit: 'writes',
    handler: recordWrapUpOfOfficer,
  }),

  // What the supervisor (or an admin) watches: the board of its tenants, a tenant's drill-down.
  defineRoute({ method: 'get', path: '/supervisor/board', access: supervisorScope, handler: showBoard }),
  defineRoute({
    method: 'post',
    path: '/supervisor/events/ticket',
    access: supervisorScope,
    secret: true,
    limit: 'writes',
    noBody: true,
    handler: issueSupervisorStreamTicket,
  }),
  defineRoute({
    method: 'get',
    path: '/supervisor/events',
    access: { ...supervisorScope, credential: 'stream-ticket' },
    limit: 'officerEvents',
    handler: streamBoard,
  }),
  defineRoute({
    method: 'get',
    path: '/supervisor/tenants/:tenantCode',
    access: supervisorOfTenant,
    params: tenantParams,
    handler: showTenantDetail,
  }),

  // The supervisor's actions, each written to the audit log (supervisor-action-routes.ts).
  defineRoute({
    method: 'post',
    path: '/supervisor/tenants/:tenantCode/intake/pause',
    access: supervisorOfTenant,
    params: tenantParams,
    limit: 'writes',
    handler: pauseTenantIntake,
  }),
  defineRoute({
    method: 'post',
    path: '/supervisor/tenants/:tenantCode/intake/resume',
    access: supervisorOfTenant,
    params: tenantParams,
    limit: 'writes',
    noBody: true,
    handler: resumeTenantIntake,
  }),
  defineRoute({
    method: 'get',
    path: '/supervisor/tenants/:tenantCode/export',
    access: supervisorOfTenant,
    params: tenantParams,
    limit: 'writes',
    handler: exportTenantDay,
  }),
  defineRoute({
    method: 'post',
    path: '/supervisor/calls/:ticketId/monitor',
    access: supervisorOfTenant,
    params: callParams,
    secret: true,
    limit: 'writes',
    noBody: true,
    handler: monitorCall,
  }),
  defineRoute({
    method: 'post',
    path: '/supervisor/calls/:ticketId/end',
    access: supervisorOfTenant,
    params: callParams,
    limit: 'writes',
    noBody: true,
    handler: endStuckCall,
  }),
  defineRoute({
    method: 'post',
    path: '/supervisor/officers/:officerId/status',
    access: supervisorOfTenant,
    params: officerParams,
    limit: 'writes',
    handler: setOfficerStatusBySupervisor,
  }),

  // The admin: the whole plaza.
  defineRoute({
    method: 'get',
    path: '/admin/audit',
    access: { role: 'admin', scope: 'plaza' },
    handler: showAuditLog,
  }),
  defineRoute({
    method: 'post',
    path: '/admin/accounts/:accountId/sessions/end',
    access: { role: 'admin', scope: 'plaza' },
    params: accountParams,
    limit: 'writes',
    noBody: true,
    handler: endAccountSessions,
  }),
  // Accounts and tenants (admin-routes*.ts): stored in Redis, live on every process, audited.
  defineRoute({ method: 'get', path: '/admin/accounts', access: adminOfPlaza, handler: listAccounts }),
  defineRoute({
    method: 'post',
    path: '/admin/accounts',
    access: adminOfPlaza,
    secret: true,
    limit: 'writes',
    handler: createAccount,
  }),
  defineRoute({
    method: 'patch',
    path: '/admin/accounts/:accountId',
    access: adminOfPlaza,
    params: accountParams,
    limit: 'writes',
    handler: updateAccount,
  }),
  defineRoute({
    method: 'post',
    path: '/admin/accounts/:accountId/password',
    access: adminOfPlaza,
    params: accountParams,
    secret: true,
    limit: 'writes',
    noBody: true,
    handler: resetAccountPassword,
  }),
  defineRoute({ method: 'get', path: '/admin/tenants', access: adminOfPlaza, handler: listTenants }),
  defineRoute({
    method: 'put',
    path: '/admin/tenants/:tenantCode/settings',
    access: adminOfPlaza,
    params: tenantParams,
    limit: 'writes',
    handler: updateTenantSettings,
  }),
  defineRoute({
    method: 'put',
    path: '/admin/tenants/:tenantCode/services',
    access: adminOfPlaza,
    params: tenantParams,
    limit: 'writes',
    handler: updateTenantServices,
  }),
];
