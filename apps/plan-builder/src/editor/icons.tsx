import type { ReactNode } from "react";

// Small line icons for the editor's buttons; every button also has a text name (aria-label).

function Icon({ children, filled = false }: { children: ReactNode; filled?: boolean }) {
  return (
    <svg
      aria-hidden="true"
      focusable="false"
      width={16}
      height={16}
      viewBox="0 0 16 16"
      fill={filled ? "currentColor" : "none"}
      stroke={filled ? "none" : "currentColor"}
      strokeWidth={1.6}
      strokeLinecap="round"
      strokeLinejoin="round"
    >
      {children}
    </svg>
  );
}

export const UpIcon = () => (
  <Icon>
    <path d="M8 13V3M3.5 7.5 8 3l4.5 4.5" />
  </Icon>
);
export const DownIcon = () => (
  <Icon>
    <path d="M8 3v10M3.5 8.5 8 13l4.5-4.5" />
  </Icon>
);
export const TrashIcon = () => (
  <Icon>
    <path d="M2.5 4h11M6 4V2.5h4V4M4 4l.7 9.5h6.6L12 4" />
  </Icon>
);
export const DragIcon = () => (
  <Icon filled>
    <circle cx="5.5" cy="3.5" r="1.2" />
    <circle cx="10.5" cy="3.5" r="1.2" />
    <circle cx="5.5" cy="8" r="1.2" />
    <circle cx="10.5" cy="8" r="1.2" />
    <circle cx="5.5" cy="12.5" r="1.2" />
    <circle cx="10.5" cy="12.5" r="1.2" />
  </Icon>
);
export const PlusIcon = () => (
  <Icon>
    <path d="M8 3v10M3 8h10" />
  </Icon>
);
export const IndentIcon = () => (
  <Icon>
    <path d="M2 3h12M7 8h7M2 13h12M2 6l3 2-3 2" />
  </Icon>
);
export const OutdentIcon = () => (
  <Icon>
    <path d="M2 3h12M7 8h7M2 13h12M5 6 2 8l3 2" />
  </Icon>
);
export const UndoIcon = () => (
  <Icon>
    <path d="M5.5 3 2.5 6l3 3M2.5 6h7a4 4 0 0 1 0 8H6" />
  </Icon>
);
export const RedoIcon = () => (
  <Icon>
    <path d="m10.5 3 3 3-3 3M13.5 6h-7a4 4 0 0 0 0 8H10" />
  </Icon>
);
