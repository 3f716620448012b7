import { useCallback, useEffect, useRef, useState } from 'react';

/**
 * The state of an inline "are you sure?" step behind a button: `ask` opens it, `keep` closes it
 * and puts focus back on the button (`trigger`), `settle` closes it after the action was confirmed.
 */
export function useConfirmStep<T extends HTMLElement>() {
  const [asking, setAsking] = useState(false);
  const trigger = useRef<T | null>(null);
  const refocus = useRef(false);

  useEffect(() => {
    if (asking || !refocus.current) return;
    refocus.current = false;
    trigger.current?.focus();
  }, [asking]);

  const ask = useCallback(() => setAsking(true), []);
  const keep = useCallback(() => {
    refocus.current = true;
    setAsking(false);
  }, []);
  const settle = useCallback(() => setAsking(false), []);
  return { asking, trigger, ask, keep, settle };
}
