import type { TenantWarning } from '@vp/contract';
import { useSupervisorT } from './useSupervisorT';

/** Why a tile asks for attention, in words: the colour only repeats it. */
export function WarningText({ warnings }: { warnings: readonly TenantWarning[] }) {
  const { t } = useSupervisorT();
  if (warnings.length === 0) return null;
  return (
    <p className="tile-warning-text" data-testid="tile-warnings" data-warnings={warnings.join(' ')}>
      <span className="tile-warning-icon" aria-hidden="true">
        !
      </span>
      <strong>{t('supervisor.warning.heading')}</strong>{' '}
      {warnings.map((warning) => t(`supervisor.warning.${warning}`)).join('; ')}
    </p>
  );
}
