import { TableWrap } from "@/components/ui/table-wrap";
import type { ParamChange } from "@/lib/pure/diff-params";
import type { ScenarioParams } from "@/lib/validation/scenario-params";

import { displayChange, type ModelNames } from "./param-display";

export function ParamChangesTable({
  changes,
  beforeLabel,
  afterLabel,
  testId,
  values,
  modelNames = {},
}: {
  changes: ParamChange[];
  beforeLabel: string;
  afterLabel: string;
  testId: string;
  /** The raw parameters of both sides, so model type and models show labels and names, not slugs. */
  values?: { before: Partial<ScenarioParams> | null; after: Partial<ScenarioParams> };
  modelNames?: ModelNames;
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
          {(values ? changes.map((c) => displayChange(c, values.before, values.after, modelNames)) : changes).map((c) => (
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
