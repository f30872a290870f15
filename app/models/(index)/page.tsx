import type { Metadata } from "next";

import { Link } from "@/components/ui/link";
import { QueryErrors } from "@/components/ui/query-errors";
import { SourceLink } from "@/components/ui/source-link";
import { TableWrap } from "@/components/ui/table-wrap";
import { modelTypeBySlug } from "@/lib/cost/model-type";
import { listModels } from "@/lib/data/catalog/list-models";
import { formatNumber } from "@/lib/format/numbers";
import { parseSearchParams } from "@/lib/http/page-helpers";
import { modelListQuerySchema } from "@/lib/validation/catalog";

export const metadata: Metadata = { title: "Models" };

export default async function ModelsPage({ searchParams }: PageProps<"/models">) {
  const { data, errors } = parseSearchParams(modelListQuerySchema, await searchParams);
  const models = await listModels(data);
  return (
    <div className="space-y-4">
      <h1>Models</h1>
      <p className="text-slate-600 dark:text-slate-400">
        Models are grouped into <Link href="/glossary#model-type">model types</Link> by architecture (dense or mixture-of-experts) and active parameters, the
        figure that drives decode cost.
      </p>
      <QueryErrors errors={errors} />
      <TableWrap label="Models">
        <table data-testid="models-table">
          <thead>
            <tr>
              <th scope="col">Model</th>
              <th scope="col">Model type</th>
              <th scope="col">Architecture</th>
              <th scope="col">Total params (B)</th>
              <th scope="col">Active params (B)</th>
              <th scope="col">Context (tokens)</th>
              <th scope="col">Results</th>
              <th scope="col">Source</th>
            </tr>
          </thead>
          <tbody>
            {models.map((m) => (
              <tr key={m.slug}>
                <td>
                  <Link href={`/models/${m.slug}`}>{m.name}</Link>
                </td>
                <td>
                  <Link href={`/leaderboard/${m.modelType}`}>{modelTypeBySlug(m.modelType)?.label ?? m.modelType}</Link>
                </td>
                <td>{m.architecture === "moe" ? "MoE" : "Dense"}</td>
                <td>{formatNumber(m.totalParamsB, 1)}</td>
                <td>{formatNumber(m.activeParamsB, 1)}</td>
                <td>{formatNumber(m.contextLength, 0)}</td>
                <td>{m._count.submissions}</td>
                <td>
                  <SourceLink href={m.sourceUrl} date={m.sourceDate} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableWrap>
    </div>
  );
}
