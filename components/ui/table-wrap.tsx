import type { ReactNode } from "react";

// Wide tables scroll horizontally on phones instead of breaking the page layout.
export function TableWrap({ children, label }: { children: ReactNode; label: string }) {
  return (
    <div className="-mx-4 overflow-x-auto px-4 sm:mx-0 sm:px-0" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}
