import { TableWrap } from "@/components/ui/table-wrap";
import type { ParamChange } from "@/lib/pure/diff-params";

export function ParamChangesTable({
  changes,
  beforeLabel,
  afterLabel,
  testId,
}: {
  changes: ParamChange[];
  beforeLabel: string;
  afterLabel: string;
  testId: string;
}) {
  if (changes.length === 0) {
    return (
      <p className="text-sm text-slate-600 dark:text-slate-400" data-testid={`${testId}-empty`}>
        No parameter differs.
      </p>
    );
  }
  return (
    <TableWrap label="Changed parameters">
      <table data-testid={testId}>
        <caption className="sr-only">Changed parameters</caption>
        <thead>
          <tr>
            <th scope="col">Parameter</th>
            <th scope="col">{beforeLabel}</th>
            <th scope="col">{afterLabel}</th>
          </tr>
        </thead>
        <tbody>
          {changes.map((c) => (
            <tr key={c.key} data-param={c.key}>
              <th scope="row" className="text-left font-medium">
                {c.label}
              </th>
              <td>{c.before}</td>
              <td>{c.after}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableWrap>
  );
}
