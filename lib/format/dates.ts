// Dates in the catalog are calendar days (UTC); "as of 2025-03-01" includes prices effective that day.
export function endOfDayUtc(isoDay?: string): Date {
  if (!isoDay) return new Date();
  return new Date(`${isoDay}T23:59:59.999Z`);
}

export function formatDay(date: Date | string | null | undefined): string {
  if (!date) return "—";
  return new Date(date).toISOString().slice(0, 10);
}
