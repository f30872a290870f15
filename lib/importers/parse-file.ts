import { parseSubmissionCsv } from "@/lib/importers/csv";
import type { ImportFormat } from "@/lib/importers/formats";
import { parseGenaiPerf } from "@/lib/importers/genai-perf";
import { parseGuidellmCsv } from "@/lib/importers/guidellm";
import { parseLlmperfSummary } from "@/lib/importers/llmperf";
import { parseMlperfSummary } from "@/lib/importers/mlperf";
import type { MlperfLatencyLimits } from "@/lib/importers/mlperf-conf";
import { parseMlperfLogSummary } from "@/lib/importers/mlperf-log";
import type { CatalogAliasEntry, FormValues, ImportResult } from "@/lib/importers/types";
import { parseVllmResult } from "@/lib/importers/vllm";
import { parseVllmNightly } from "@/lib/importers/vllm-nightly";

// One entry point for every parser: the import endpoint and the real-files check call the same code.
export type ParseFileContext = FormValues & {
  modelAliases: readonly CatalogAliasEntry[];
  acceleratorAliases: readonly CatalogAliasEntry[];
  latencyLimits: MlperfLatencyLimits;
  fileName?: string;
  systemDescription?: string;
};

export function parseResultsFile(format: ImportFormat, text: string, context: ParseFileContext): ImportResult {
  const form = { defaults: context.defaults, overrides: context.overrides };
  const catalog = { modelAliases: context.modelAliases, acceleratorAliases: context.acceleratorAliases };
  switch (format) {
    case "vllm":
      return parseVllmResult(text, { ...form, ...catalog, fileName: context.fileName });
    case "vllm-nightly":
      return parseVllmNightly(text, { ...form, ...catalog, fileName: context.fileName });
    case "guidellm":
      return parseGuidellmCsv(text, { ...form, modelAliases: context.modelAliases });
    case "llmperf":
      return parseLlmperfSummary(text, { ...form, modelAliases: context.modelAliases });
    case "genai-perf":
      return parseGenaiPerf(text, { ...form, modelAliases: context.modelAliases });
    case "mlperf":
      return parseMlperfSummary(text, { ...form, ...catalog, latencyLimits: context.latencyLimits });
    case "mlperf-log":
      return parseMlperfLogSummary(text, { ...form, ...catalog, fileName: context.fileName, systemDescription: context.systemDescription });
    case "csv":
      return parseSubmissionCsv(text, form);
  }
}
