import type { Board } from '@vp/contract';
import { TenantTile } from './TenantTile';
import { useSupervisorT } from './useSupervisorT';

interface BoardViewProps {
  board: Board;
  tenantName(code: string): string;
}

/** The live board: a tile per tenant the account may see. */
export function BoardView({ board, tenantName }: BoardViewProps) {
  const { t } = useSupervisorT();
  if (board.tenants.length === 0) return <p className="notice notice-info">{t('supervisor.noTenants')}</p>;
  return (
    <ul className="board" data-testid="board">
      {board.tenants.map((tile) => (
        <li key={tile.tenantCode}>
          <TenantTile tile={tile} name={tenantName(tile.tenantCode)} />
        </li>
      ))}
    </ul>
  );
}
