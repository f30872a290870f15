import type { ReactNode } from "react";

// Wide tables scroll horizontally on phones instead of breaking the page layout. `relative` makes the box
// the containing block of its visually hidden (absolutely positioned) labels: without it they escaped the
// scroll box at their place in a wide table and widened the whole page (/offerings: 795 px on a 390 px phone).
export function TableWrap({ children, label }: { children: ReactNode; label: string }) {
  return (
    <div className="relative -mx-4 overflow-x-auto px-4 sm:mx-0 sm:px-0" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}
