import type { LineEntry } from '@vp/contract';
import { useCatalogue } from '../hooks/useCatalogue';
import { DetailTable } from './DetailTable';
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
    <DetailTable
      name="line"
      heading={t('supervisor.detail.line')}
      count={line.length}
      emptyText={t('supervisor.detail.lineEmpty')}
      emptyTestId="line-empty"
      testId="line-table"
      columns={[
        t('supervisor.detail.number'),
        t('supervisor.detail.class'),
        t('supervisor.detail.wait'),
        t('supervisor.detail.service'),
        ...(withNames ? [t('supervisor.detail.citizen')] : []),
      ]}
      rows={line.map((entry) => {
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
    />
  );
}
