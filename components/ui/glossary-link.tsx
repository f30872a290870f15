import type { ReactNode } from "react";

// Every metric header links to its glossary entry, where the formula and unit are defined.
// A plain anchor: these appear in every table header and many cells.
export function GlossaryLink({ term, children, className }: { term: string; children: ReactNode; className?: string }) {
  return (
    <a href={`/glossary#${term}`} className={`text-inherit underline decoration-dotted underline-offset-4${className ? ` ${className}` : ""}`}>
      {children}
    </a>
  );
}
