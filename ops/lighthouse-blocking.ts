// Where a Lighthouse run's Total Blocking Time comes from: its long tasks (the report's `long-tasks`
// audit, in the simulation's times) summed by what each ran for. The framework's scripts and the
// browser's own work on the page (parsing the HTML, style and layout) call for different fixes
// (docs/operations.md), and the score alone does not tell them apart.
// Each task counts as Lighthouse counts TBT: only its part after the first contentful paint, less 50 ms.
// The sum is close to the reported TBT, not equal to it: Lighthouse also stops at Time to Interactive,
// and the audit lists tasks of 50 ms or more only.

export const BLOCKING_THRESHOLD_MS = 50;

export type LongTask = { url: string; startTime: number; duration: number };
export type BlockingBySource = { scripts: number; document: number; stylesheets: number; other: number };

function sourceOf(url: string, pageUrl: string): keyof BlockingBySource {
  if (url === pageUrl) return "document";
  let pathname: string;
  try {
    pathname = new URL(url).pathname;
  } catch {
    return "other"; // "Unattributable": no script or resource to charge
  }
  if (pathname.endsWith(".js")) return "scripts";
  if (pathname.endsWith(".css")) return "stylesheets";
  return "other";
}

/** Blocking time (ms, rounded) by source: scripts, the page's document, stylesheets, anything else. */
export function blockingTimeBySource(tasks: LongTask[], { fcpMs, pageUrl }: { fcpMs: number; pageUrl: string }): BlockingBySource {
  const total: BlockingBySource = { scripts: 0, document: 0, stylesheets: 0, other: 0 };
  for (const task of tasks) {
    const afterPaint = task.startTime + task.duration - Math.max(task.startTime, fcpMs);
    if (afterPaint <= BLOCKING_THRESHOLD_MS) continue;
    total[sourceOf(task.url, pageUrl)] += afterPaint - BLOCKING_THRESHOLD_MS;
  }
  return {
    scripts: Math.round(total.scripts),
    document: Math.round(total.document),
    stylesheets: Math.round(total.stylesheets),
    other: Math.round(total.other),
  };
}
