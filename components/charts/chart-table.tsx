"use client";

import { TableWrap } from "@/components/ui/table-wrap";

// Every chart has its numbers as a table too: for screen readers, copying, and people who prefer tables.
export function ChartTable({ caption, columns, rows, testId }: { caption: string; columns: string[]; rows: (string | number)[][]; testId: string }) {
  return (
    <details className="text-sm">
      <summary className="cursor-pointer" data-testid={`${testId}-toggle`}>
        Table view
      </summary>
      <TableWrap label={caption}>
        <table data-testid={testId}>
          <caption className="sr-only">{caption}</caption>
          <thead>
            <tr>
              {columns.map((c) => (
                <th key={c} scope="col">
                  {c}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row, i) => (
              <tr key={i}>
                {row.map((cell, j) => (
                  <td key={j}>{cell}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </TableWrap>
    </details>
  );
}
