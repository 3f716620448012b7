import type { LineEntry } from '@vp/contract';
import { useCatalogue } from '../hooks/useCatalogue';
import { formatDuration } from './format';
import { useSupervisorT } from './useSupervisorT';

/** The tenant's line in order; the citizen's name only when the API gives it (the role may see it). */
export function LineTable({ line }: { line: readonly LineEntry[] }) {
  const { t, local } = useSupervisorT();
  const { catalogue } = useCatalogue();
  const services = new Map(
    catalogue?.tenants.flatMap((tenant) => tenant.services.map((s) => [s.id, s])) ?? [],
  );
  const withNames = line.some((entry) => entry.citizenName !== null);
  return (
    <section className="panel detail-section" aria-labelledby="line-heading">
      <h3 id="line-heading">
        {t('supervisor.detail.line')} <span className="count">({line.length})</span>
      </h3>
      {line.length === 0 ? (
        <p data-testid="line-empty">{t('supervisor.detail.lineEmpty')}</p>
      ) : (
        <div className="table-scroll">
          <table className="table" data-testid="line-table">
            <thead>
              <tr>
                <th scope="col">{t('supervisor.detail.number')}</th>
                <th scope="col">{t('supervisor.detail.class')}</th>
                <th scope="col">{t('supervisor.detail.wait')}</th>
                <th scope="col">{t('supervisor.detail.service')}</th>
                {withNames && <th scope="col">{t('supervisor.detail.citizen')}</th>}
              </tr>
            </thead>
            <tbody>
              {line.map((entry) => {
                const service = services.get(entry.serviceId);
                return (
                  <tr key={entry.ticketId} data-testid={`line-${entry.number}`}>
                    <th scope="row">{entry.number}</th>
                    <td>
                      {entry.vulnerableGroup === null
                        ? t('supervisor.detail.classRegular')
                        : t(`vulnerableGroup.${entry.vulnerableGroup}`)}
                    </td>
                    <td>{formatDuration(t, entry.waitingSeconds)}</td>
                    <td>{service ? local(service.name) : entry.serviceId}</td>
                    {withNames && <td>{entry.citizenName ?? t('supervisor.none')}</td>}
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
