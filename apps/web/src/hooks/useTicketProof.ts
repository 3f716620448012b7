import { useEffect, useMemo, useRef } from 'react';
import { TicketProofSolver } from '../citizen/ticket-proof';

/**
 * The proof of work for taking a ticket, prepared in the background from the moment the form
 * shows. `take()` waits for it if it is not ready; `prepare()` starts the next after a failure.
 */
export function useTicketProof(): { take(): Promise<string | undefined>; prepare(): void } {
  const solver = useRef<TicketProofSolver | null>(null);
  useEffect(() => {
    const current = new TicketProofSolver();
    solver.current = current;
    current.prepare();
    return () => {
      current.dispose();
      if (solver.current === current) solver.current = null;
    };
  }, []);
  return useMemo(
    () => ({
      take: () => {
        solver.current ??= new TicketProofSolver();
        return solver.current.take();
      },
      prepare: () => solver.current?.prepare(),
    }),
    [],
  );
}
