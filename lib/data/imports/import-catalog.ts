import "server-only";

import { readFile } from "node:fs/promises";
import path from "node:path";

import { db } from "@/lib/db";
import { parseMlperfConf, type MlperfLatencyLimits } from "@/lib/importers/mlperf-conf";
import type { CatalogAliasEntry } from "@/lib/importers/types";

// What the importers need from the catalog: names and aliases to resolve "meta-llama/Llama-3.1-8B"
// or "NVIDIA H100-SXM-80GB" to slugs, and MLPerf's latency bounds (the same mlperf.conf the seed uses).
export type ImportCatalog = {
  modelAliases: CatalogAliasEntry[];
  acceleratorAliases: CatalogAliasEntry[];
  latencyLimits: MlperfLatencyLimits;
  latencyLimitsFound: boolean;
};

const MLPERF_CONF_RELATIVE_PATH = path.join("prisma", "seed", "data", "mlperf", "mlperf.conf");

let latencyLimitsCache: Promise<{ limits: MlperfLatencyLimits; found: boolean }> | undefined;

function loadLatencyLimits() {
  latencyLimitsCache ??= readFile(path.join(process.cwd(), MLPERF_CONF_RELATIVE_PATH), "utf8").then(
    (text) => ({ limits: parseMlperfConf(text), found: true }),
    () => ({ limits: {}, found: false }),
  );
  return latencyLimitsCache;
}

export async function loadImportCatalog(): Promise<ImportCatalog> {
  const [models, accelerators, latency] = await Promise.all([
    db.model.findMany({ select: { slug: true, name: true, aliases: true } }),
    db.accelerator.findMany({ select: { slug: true, name: true, aliases: true } }),
    loadLatencyLimits(),
  ]);
  return { modelAliases: models, acceleratorAliases: accelerators, latencyLimits: latency.limits, latencyLimitsFound: latency.found };
}
