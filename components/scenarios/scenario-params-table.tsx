import { Link } from "@/components/ui/link";
import { TableWrap } from "@/components/ui/table-wrap";
import { PARAM_LABELS, PARAM_ORDER } from "@/lib/pure/diff-params";
import type { ScenarioParams } from "@/lib/validation/scenario-params";

import { displayParamValue, type ModelNames } from "./param-display";

// Every parameter of one revision, each label linking to its definition where the glossary has one.
export function ScenarioParamsTable({ params, modelNames = {} }: { params: ScenarioParams; modelNames?: ModelNames }) {
  return (
    <TableWrap label="Scenario parameters">
      <table data-testid="scenario-params">
        <caption className="sr-only">Scenario parameters</caption>
        <tbody>
          {PARAM_ORDER.map((key) => {
            const meta = PARAM_LABELS[key];
            return (
              <tr key={key} data-param={key}>
                <th scope="row" className="text-left font-medium">
                  {meta.glossary ? <Link href={`/glossary#${meta.glossary}`}>{meta.label}</Link> : meta.label}
                </th>
                <td>{displayParamValue(key, params[key], modelNames)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </TableWrap>
  );
}
