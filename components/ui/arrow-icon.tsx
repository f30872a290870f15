// Arrows are drawn, not typed: the self-hosted font (Inter's latin subset, app/layout.tsx) has no arrow
// glyph, and a typed "→" sends the browser to the system's fonts while it lays out the page
// (e2e/public-pages.spec.ts).
const PATHS = { left: "M13 8H3m4-4L3 8l4 4", right: "M3 8h10M9 4l4 4-4 4" };

/** An arrow the size of the text around it; `label` is read instead of it by screen readers (e.g. "to"). */
export function ArrowIcon({ direction = "right", label }: { direction?: keyof typeof PATHS; label?: string }) {
  return (
    <>
      <svg
        aria-hidden="true"
        viewBox="0 0 16 16"
        className="inline-block h-[1em] w-[1em] align-[-0.125em]"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.5"
        strokeLinecap="round"
        strokeLinejoin="round"
      >
        <path d={PATHS[direction]} />
      </svg>
      {label ? <span className="sr-only">{label}</span> : null}
    </>
  );
}
