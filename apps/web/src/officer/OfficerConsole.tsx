import type { Catalogue, OfficerStatus, OfficerTicket } from '@vp/contract';
import { useCallback } from 'react';
import { joinOfficerCall } from '../api/client';
import { CallStage } from '../call/CallStage';
import { CallToolsSlot } from '../call/chat/CallToolsSlot';
import { useCatalogue } from '../hooks/useCatalogue';
import { useOfficerState } from '../hooks/useOfficerState';
import type { I18nValue } from '../i18n/i18n-context';
import type { MessageKey } from '../i18n/id';
import { useT } from '../i18n/useT';
import { ConnectionState } from '../ui/ConnectionState';
import { ErrorNotice } from '../ui/ErrorNotice';
import { OfferCard } from './OfferCard';
import { PriorityClaimPanel } from './PriorityClaimPanel';
import { StatusControls } from './StatusControls';
import { TransferForm } from './TransferForm';
import { WrapUpPanel } from './WrapUpPanel';

interface OfficerConsoleProps {
  token: string;
  /** The sign-out is on its way to the API. */
  signingOut: boolean;
  onLogout(): void;
  onExpired(): void;
}

const idleMessages: Partial<Record<OfficerStatus, MessageKey>> = {
  ready: 'officer.idle.ready',
  away: 'officer.idle.away',
  offline: 'officer.idle.offline',
};

function describeTicket(catalogue: Catalogue | null, local: I18nValue['local'], ticket: OfficerTicket) {
  const tenant = catalogue?.tenants.find((item) => item.code === ticket.tenantCode);
  const service = tenant?.services.find((item) => item.id === ticket.serviceId);
  return {
    tenantName: tenant ? local(tenant.name) : ticket.tenantCode,
    serviceName: service ? local(service.name) : ticket.serviceId,
  };
}

/** The officer's working screen: status, the offered citizen, the call. */
export function OfficerConsole({ token, signingOut, onLogout, onExpired }: OfficerConsoleProps) {
  const { t, local } = useT();
  const state = useOfficerState(token, onExpired);
  const { catalogue } = useCatalogue();
  const fetchJoin = useCallback(() => joinOfficerCall(token), [token]);
  const { officer } = state;

  if (state.loadError) return <ErrorNotice error={state.loadError} />;
  if (!officer) return <p className="loading">{t('app.loading')}</p>;

  const tenantNames = officer.tenantCodes.map((code) => {
    const tenant = catalogue?.tenants.find((item) => item.code === code);
    return tenant ? local(tenant.name) : code;
  });
  const idle = idleMessages[officer.status];
  const officerTenants =
    catalogue?.tenants.filter((tenant) => officer.tenantCodes.includes(tenant.code)) ?? [];
  const longestWrapUp =
    officerTenants.length === 0
      ? undefined
      : Math.max(...officerTenants.map((tenant) => tenant.wrapUpSeconds));
  const { pending } = state;
  const callTicket = officer.status === 'in_call' ? officer.ticket : null;

  return (
    <div className="page page-wide officer-console">
      <div className="console-head">
        <div>
          <h1>{t('officer.title')}</h1>
          <p className="officer-name" data-testid="officer-name">
            {officer.name}
          </p>
          <p className="officer-tenants">{t('officer.tenants', { tenants: tenantNames.join(', ') })}</p>
        </div>
        <button
          type="button"
          className="button button-secondary"
          onClick={onLogout}
          disabled={signingOut}
          data-testid="officer-logout"
        >
          {t(signingOut ? 'officer.logout.pending' : 'officer.logout')}
        </button>
      </div>
      <StatusControls
        status={officer.status}
        autoAccept={officer.autoAccept}
        busy={state.busy}
        onChoose={state.setStatus}
        onAutoAccept={state.setAutoAccept}
      />
      <ConnectionState connection={state.connection} />
      {state.actionError && <ErrorNotice error={state.actionError} />}
      {officer.status === 'offered' && officer.ticket && (
        <OfferCard
          // A new offer is a new card: its countdown and announcements start over.
          key={officer.ticket.id}
          ticket={officer.ticket}
          {...describeTicket(catalogue, local, officer.ticket)}
          expiresAt={officer.offerExpiresAt}
          timeoutSeconds={
            catalogue?.tenants.find((tenant) => tenant.code === officer.ticket?.tenantCode)
              ?.offerTimeoutSeconds
          }
          answering={pending === 'accept' || pending === 'decline' ? pending : null}
          busy={state.busy}
          onAccept={state.accept}
          onDecline={state.decline}
        />
      )}
      {officer.status === 'in_call' && (
        <section className="serving" aria-labelledby="serving-heading">
          {officer.ticket && (
            <h2 id="serving-heading" className="serving-heading">
              {t('officer.serving', { number: officer.ticket.number, name: officer.ticket.citizenName })}
              <span className="heading-sub">
                {describeTicket(catalogue, local, officer.ticket).serviceName}
              </span>
            </h2>
          )}
          {callTicket && (
            <PriorityClaimPanel
              ticket={callTicket}
              saving={pending === 'priorityClaim'}
              busy={state.busy}
              onAnswer={(confirmed) => state.answerPriorityClaim(callTicket.id, confirmed)}
            />
          )}
          <CallStage
            side="officer"
            fetchJoin={fetchJoin}
            onEnd={() => {
              // The call this screen shows, so a stale screen never ends the officer's next call.
              if (callTicket) state.endCall(callTicket.id);
            }}
            ending={pending === 'end'}
            disabled={state.busy}
            tools={(room) => (
              <CallToolsSlot
                room={room}
                service={catalogue?.tenants
                  .find((tenant) => tenant.code === callTicket?.tenantCode)
                  ?.services.find((item) => item.id === callTicket?.serviceId)}
              />
            )}
          />
          {callTicket && catalogue && (
            <TransferForm
              tenants={catalogue.tenants}
              currentTenantCode={callTicket.tenantCode}
              transferring={pending === 'transfer'}
              busy={state.busy}
              onTransfer={(target) => state.transfer(callTicket.id, target)}
            />
          )}
        </section>
      )}
      {idle && <p className="panel idle">{t(idle)}</p>}
      {/* Kept mounted from wrap-up into the next status, so notes being typed survive its end. */}
      {(officer.status === 'wrap_up' || (officer.lastTicket && officer.status !== 'in_call')) && (
        <WrapUpPanel
          inWrapUp={officer.status === 'wrap_up'}
          endsAt={officer.wrapUpEndsAt}
          maxSeconds={longestWrapUp}
          lastTicket={officer.lastTicket}
          saving={pending === 'wrapUp'}
          busy={state.busy}
          onReadyNow={() => state.setStatus('ready')}
          onRecord={state.recordWrapUp}
        />
      )}
    </div>
  );
}
