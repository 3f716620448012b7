import { useEffect } from 'react';
import { forgetPreparedDocuments } from '../../storage/prepared-documents';

/**
 * Forgets a ticket's prepared documents once it ended (and any left from tickets of more than a
 * day ago), so nothing of them stays in the browser after the service.
 */
export function usePreparedDocumentsCleanup(ticketId: string, ended: boolean): void {
  useEffect(() => {
    if (!ended) return;
    void forgetPreparedDocuments({ ticketId }).catch(() => {});
  }, [ticketId, ended]);
}
