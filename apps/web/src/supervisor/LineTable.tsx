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
  const label = {
    class: t('supervisor.detail.class'),
    wait: t('supervisor.detail.wait'),
    service: t('supervisor.detail.service'),
    citizen: t('supervisor.detail.citizen'),
  };
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
        label.class,
        label.wait,
        label.service,
        ...(withNames ? [label.citizen] : []),
      ]}
      rows={line.map((entry) => {
        const service = services.get(entry.serviceId);
        return (
          <tr key={entry.ticketId} data-testid={`line-${entry.number}`}>
            <th scope="row" className="nowrap">
              {entry.number}
            </th>
            <td data-label={label.class}>
              {entry.vulnerableGroup === null
                ? t('supervisor.detail.classRegular')
                : t(`vulnerableGroup.${entry.vulnerableGroup}`)}
            </td>
            <td data-label={label.wait}>{formatDuration(t, entry.waitingSeconds)}</td>
            <td data-label={label.service}>{service ? local(service.name) : entry.serviceId}</td>
            {withNames && <td data-label={label.citizen}>{entry.citizenName ?? t('supervisor.none')}</td>}
          </tr>
        );
      })}
    />
  );
}
