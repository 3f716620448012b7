import { useId, useState } from 'react';
import { downloadExport } from '../api/supervisor-client';
import type { SupervisorActionState } from '../hooks/useSupervisorAction';
import { useSupervisorT } from './useSupervisorT';

interface ExportPanelProps {
  token: string;
  tenantCode: string;
  /** The tenant's local date today (YYYY-MM-DD), the default; null before the board is known. */
  today: string | null;
  action: SupervisorActionState;
}

/** Downloads a day of the tenant as CSV. */
export function ExportPanel({ token, tenantCode, today, action }: ExportPanelProps) {
  const { t } = useSupervisorT();
  const id = useId();
  const [date, setDate] = useState(today ?? '');
  return (
    <section className="panel detail-section" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>{t('supervisor.export.heading')}</h3>
      <form
        className="export-form"
        onSubmit={(event) => {
          event.preventDefault();
          void action.run('export', () => downloadExport(token, tenantCode, date));
        }}
      >
        <div className="field">
          <label htmlFor={`${id}-date`}>{t('supervisor.export.date')}</label>
          <input
            id={`${id}-date`}
            type="date"
            required
            max={today ?? undefined}
            value={date}
            onChange={(event) => setDate(event.target.value)}
          />
        </div>
        <button
          type="submit"
          className="button button-secondary"
          disabled={action.pending !== null || date === ''}
        >
          {t(action.pending === 'export' ? 'supervisor.action.pending' : 'supervisor.export.download')}
        </button>
      </form>
    </section>
  );
}
