// Arrows are drawn, not typed: the self-hosted font (Inter's latin subset, app/layout.tsx) has no arrow
// glyph, and a typed "→" sends the browser to the system's fonts while it lays out the page
// (e2e/public-pages.spec.ts).
const PATHS = { left: "M13 8H3m4-4L3 8l4 4", right: "M3 8h10M9 4l4 4-4 4" };

/**
 * An arrow the size of the text around it; `label` is read instead of it by screen readers (e.g. "to").
 * Inside a link, put it right against the word with `spaced`, not after a typed space: the space would be
 * underlined with the link text, and the arrow could wrap onto a line of its own.
 */
export function ArrowIcon({ direction = "right", label, spaced = false }: { direction?: keyof typeof PATHS; label?: string; spaced?: boolean }) {
  const gap = spaced ? (direction === "right" ? " ml-[0.3em]" : " mr-[0.3em]") : "";
  return (
    <>
      <svg
        aria-hidden="true"
        viewBox="0 0 16 16"
        className={`inline-block h-[1em] w-[1em] align-[-0.125em]${gap}`}
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
