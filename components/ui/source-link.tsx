import { formatDay } from "@/lib/format/dates";

export function SourceLink({ href, date }: { href: string | null | undefined; date?: Date | string | null }) {
  if (!href) return <span>—</span>;
  let host = href;
  try {
    host = new URL(href).hostname.replace(/^www\./, "");
  } catch {}
  return (
    <span className="text-xs">
      <a href={href} rel="noopener noreferrer">
        {host}
      </a>
      {date ? <span className="text-slate-500"> ({formatDay(date)})</span> : null}
    </span>
  );
}
