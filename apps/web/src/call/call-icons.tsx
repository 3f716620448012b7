// The call controls' icons: simple strokes at 24×24, drawn in the button's text colour. Decorative
// (every button carries its words), so hidden from assistive technology.
import type { ReactNode } from 'react';

function Icon({ children }: { children: ReactNode }) {
  return (
    <svg
      className="call-icon"
      viewBox="0 0 24 24"
      width="24"
      height="24"
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      {children}
    </svg>
  );
}

const slash = <path d="M3 3l18 18" />;

export function MicIcon({ off }: { off: boolean }) {
  return (
    <Icon>
      <rect x="9" y="2.5" width="6" height="12" rx="3" />
      <path d="M5 11a7 7 0 0 0 14 0M12 18v3.5" />
      {off && slash}
    </Icon>
  );
}

export function CameraIcon({ off }: { off: boolean }) {
  return (
    <Icon>
      <rect x="2.5" y="6" width="13" height="12" rx="2" />
      <path d="M15.5 10.5l6-3.5v10l-6-3.5" />
      {off && slash}
    </Icon>
  );
}

export function SwitchCameraIcon() {
  return (
    <Icon>
      <path d="M4 8h3l2-3h6l2 3h3v11H4z" />
      <path d="M9.5 13a2.5 2.5 0 0 1 4.6-1.4M14.5 13a2.5 2.5 0 0 1-4.6 1.4" />
      <path d="M14.5 10v1.8h-1.8M9.5 16v-1.8h1.8" />
    </Icon>
  );
}

export function AudioOnlyIcon() {
  return (
    <Icon>
      <path d="M4 14v-2a8 8 0 0 1 16 0v2" />
      <rect x="3" y="14" width="4" height="6" rx="1.5" />
      <rect x="17" y="14" width="4" height="6" rx="1.5" />
    </Icon>
  );
}

export function ScreenShareIcon() {
  return (
    <Icon>
      <rect x="2.5" y="4" width="19" height="13" rx="2" />
      <path d="M8 21h8M12 17v4M12 13.5V7.5M9.5 10l2.5-2.5 2.5 2.5" />
    </Icon>
  );
}
