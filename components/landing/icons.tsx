// Simple decorative line icons. They carry no meaning of their own, so they are hidden from assistive technology.

import type { ReactNode } from "react";

type IconProps = { className?: string };

function IconFrame({ className = "h-6 w-6", children }: IconProps & { children: ReactNode }) {
  return (
    <svg
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth={1.8}
      strokeLinecap="round"
      strokeLinejoin="round"
      className={className}
      aria-hidden="true"
      focusable="false"
    >
      {children}
    </svg>
  );
}

export function WrenchIcon(props: IconProps) {
  return (
    <IconFrame {...props}>
      <path d="M14.7 6.3a4 4 0 0 0-5.4 5.1L4 16.7 7.3 20l5.3-5.3a4 4 0 0 0 5.1-5.4l-2.5 2.5-2.3-.7-.7-2.3z" />
    </IconFrame>
  );
}

export function BookIcon(props: IconProps) {
  return (
    <IconFrame {...props}>
      <path d="M4 5a2 2 0 0 1 2-2h13v16H6a2 2 0 0 0-2 2z" />
      <path d="M4 21V5" />
      <path d="M8 7h7" />
    </IconFrame>
  );
}

export function WalletIcon(props: IconProps) {
  return (
    <IconFrame {...props}>
      <rect x="3" y="6" width="18" height="13" rx="2" />
      <path d="M3 10h18" />
      <circle cx="16.5" cy="14.5" r="1" />
    </IconFrame>
  );
}

export function BlendIcon(props: IconProps) {
  return (
    <IconFrame {...props}>
      <circle cx="9" cy="12" r="5" />
      <circle cx="15" cy="12" r="5" />
    </IconFrame>
  );
}

export function HospitalIcon(props: IconProps) {
  return (
    <IconFrame {...props}>
      <rect x="4" y="3" width="16" height="18" rx="1" />
      <path d="M12 7v6M9 10h6" />
      <path d="M10 21v-4h4v4" />
    </IconFrame>
  );
}

export function PersonIcon(props: IconProps) {
  return (
    <IconFrame {...props}>
      <circle cx="12" cy="8" r="4" />
      <path d="M4 21a8 8 0 0 1 16 0" />
    </IconFrame>
  );
}

export function BadgeIcon(props: IconProps) {
  return (
    <IconFrame {...props}>
      <circle cx="12" cy="9" r="5" />
      <path d="M9 13.5 8 21l4-2 4 2-1-7.5" />
    </IconFrame>
  );
}

export function CheckIcon(props: IconProps) {
  return (
    <IconFrame {...props}>
      <path d="m5 12 5 5 9-10" />
    </IconFrame>
  );
}
