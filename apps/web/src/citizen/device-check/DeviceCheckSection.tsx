// The waiting room's device and network check, a lazy chunk of its own (DeviceCheckSlot loads it
// once the page is idle): the network check runs by itself once, the device check on demand.
import { useId, useRef, useState } from 'react';
import { DeviceCheckPanel } from './DeviceCheckPanel';
import { NetworkSummary } from './NetworkSummary';
import { useDeviceCheckT } from './useDeviceCheckT';
import { useNetworkCheck } from './useNetworkCheck';
import './device-check.css';

export interface DeviceCheckSectionProps {
  ticketId: string;
  accessKey: string;
}

export default function DeviceCheckSection({ ticketId, accessKey }: DeviceCheckSectionProps) {
  const { t } = useDeviceCheckT();
  const id = useId();
  const [open, setOpen] = useState(false);
  const toggle = useRef<HTMLButtonElement | null>(null);
  const network = useNetworkCheck({ ticketId, accessKey }, { auto: true });

  const close = () => {
    setOpen(false);
    toggle.current?.focus();
  };

  return (
    <section className="panel device-check" aria-labelledby={`${id}-heading`} data-testid="device-check">
      <h2 id={`${id}-heading`}>{t('deviceCheck.heading')}</h2>
      <p className="hint">{t('deviceCheck.intro')}</p>
      <NetworkSummary state={network.state} onRun={() => void network.run()} />
      <button
        ref={toggle}
        type="button"
        className="button button-secondary button-block"
        aria-expanded={open}
        aria-controls={`${id}-panel`}
        onClick={() => (open ? close() : setOpen(true))}
        data-testid="device-check-open"
      >
        {t(open ? 'deviceCheck.close' : 'deviceCheck.open')}
      </button>
      {open && (
        <DeviceCheckPanel
          id={`${id}-panel`}
          networkCheckedAt={network.state.phase === 'done' ? network.state.at : undefined}
          onClose={close}
        />
      )}
    </section>
  );
}
