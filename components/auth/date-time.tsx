/** A timestamp shown in UTC (server and browser agree, no hydration mismatch), full value on hover. */
export function DateTime({ value, empty = "—" }: { value: Date | string | null | undefined; empty?: string }) {
  if (!value) return <>{empty}</>;
  const iso = new Date(value).toISOString();
  return (
    <time dateTime={iso} title={iso}>
      {iso.slice(0, 16).replace("T", " ")} UTC
    </time>
  );
}
