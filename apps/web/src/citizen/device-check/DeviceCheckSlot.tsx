// Where the device check sits in the waiting room. Only this small file is in the citizen's first
// chunk: the check itself (its messages, media and network code) is fetched once the page is idle.
import { lazy, useEffect, useState } from 'react';
import { QuietSlot } from '../../ui/QuietSlot';

const DeviceCheckSection = lazy(() => import('./DeviceCheckSection'));

/** True once the page has loaded and the browser has a quiet moment. */
function usePageIdle(): boolean {
  const [idle, setIdle] = useState(false);
  useEffect(() => {
    let cancel = () => {};
    const whenIdle = () => {
      if ('requestIdleCallback' in window) {
        const handle = window.requestIdleCallback(() => setIdle(true), { timeout: 3000 });
        cancel = () => window.cancelIdleCallback(handle);
      } else {
        const handle = setTimeout(() => setIdle(true), 1000);
        cancel = () => clearTimeout(handle);
      }
    };
    if (document.readyState === 'complete') whenIdle();
    else window.addEventListener('load', whenIdle, { once: true });
    return () => {
      window.removeEventListener('load', whenIdle);
      cancel();
    };
  }, []);
  return idle;
}

/** The device check, once the page is idle; a chunk that failed to load leaves the room as it was. */
export function DeviceCheckSlot(props: { ticketId: string; accessKey: string }) {
  const idle = usePageIdle();
  if (!idle) return null;
  return (
    <QuietSlot>
      <DeviceCheckSection {...props} />
    </QuietSlot>
  );
}
