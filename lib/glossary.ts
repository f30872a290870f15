// Definitions shown on /glossary; every column header and chart axis links to one of these ids.
import {
  LATENCY_BOUND_MAX_BATCH,
  LONG_SEQUENCE_TOKENS,
  SERVING_REGIME_DOCS,
  SERVING_REGIMES,
  WORKLOAD_CLASS_DOCS,
  WORKLOAD_CLASSES,
} from "@/lib/cost/workload";
import { EVIDENCE_LABELS } from "@/lib/format/labels";
import { EVIDENCE_KINDS } from "@/lib/validation/enums";

import { PLAN_GLOSSARY } from "./glossary-plan";

export type GlossaryEntry = { id: string; term: string; unit: string; formula?: string; definition: string };

export const GLOSSARY: GlossaryEntry[] = [
  {
    id: "usd-per-million-tokens",
    term: "Cost per million tokens",
    unit: "$ / 1M tokens",
    formula: "usdPerAcceleratorHour ÷ (tokensPerSecondPerAccelerator × 3600 × utilization) × 1,000,000",
    definition:
      "What producing a million tokens costs on an offering. On the output basis (default) all cost is charged to generated tokens, as MLPerf counts them; on the total basis input and output tokens are counted. Rankings never mix the two bases.",
  },
  {
    id: "token-basis",
    term: "Token basis",
    unit: "output | total",
    definition:
      "Which tokens a cost is divided by. Output: generated tokens only (MLPerf LLM results report this). Total: input (prompt) plus output tokens; only results that report input throughput can be ranked on it.",
  },
  {
    id: "tokens-per-dollar",
    term: "Tokens per dollar",
    unit: "tokens / $",
    formula: "1,000,000 ÷ usdPerMillionTokens",
    definition: "The inverse of cost per million tokens: how many tokens one dollar buys.",
  },
  {
    id: "usd-per-accelerator-hour",
    term: "Cost per accelerator-hour",
    unit: "$ / accelerator-hour",
    formula:
      "cloud: unitPricePerHour ÷ acceleratorsPerUnit × (1 − discount); on-prem: capex ÷ (amortizationYears × 8760) + capex × annualOpexRate ÷ 8760 + kW × PUE × $/kWh; ownership estimate: allInPricePerHour ÷ acceleratorsPerUnit",
    definition:
      "What one accelerator costs per hour of ownership or rental. Cloud prices include power and facility; on-prem adds amortized capex, yearly opex and electricity. kW is the result's measured system power per accelerator when it has one (PUE applied, since wall power excludes cooling), else the offering's or accelerator's all-in provisioned figure, which already includes the facility (PUE not applied again).",
  },
  {
    id: "tokens-per-second-per-accelerator",
    term: "Throughput per accelerator",
    unit: "tok/s per accelerator",
    formula: "systemTokensPerSecond ÷ acceleratorCount (disaggregated: ÷ (prefill + decode accelerators))",
    definition:
      "The benchmark's whole-system token rate divided over the accelerators paid for to produce it. A disaggregated system pays for its prefill and its decode pools, so both count; its per-pool rates (output per decode accelerator, input per prefill accelerator) are shown on the result page.",
  },
  {
    id: "interactivity",
    term: "Interactivity",
    unit: "tok/s per user",
    formula: "≈ 1000 ÷ TPOT (ms)",
    definition:
      "Output speed one user sees. Higher interactivity costs throughput: the leaderboard reads each configuration's Pareto frontier at your interactivity target, interpolating between measured points and never extrapolating.",
  },
  {
    id: "interpolated",
    term: "Interpolated",
    unit: "flag",
    definition:
      "The throughput at the interactivity target lies between two measured points of the Pareto frontier and was read by linear interpolation. Targets beyond the fastest measured point give no value.",
  },
  {
    id: "pareto-frontier",
    term: "Pareto frontier",
    unit: "(tok/s per user, tok/s per accelerator)",
    definition:
      "For one accelerator, model, precision and engine/feature set: the measured points not beaten on both interactivity and throughput per accelerator by another point.",
  },
  {
    id: "tokens-per-second-per-megawatt",
    term: "Tokens per second per megawatt",
    unit: "tok/s per MW",
    formula: "tokensPerSecondPerAccelerator × 1000 ÷ allInKwPerAccelerator",
    definition: "Token output a megawatt of site power sustains: the figure that matters when power, not money, is the limit.",
  },
  ...PLAN_GLOSSARY,
  {
    id: "joules-per-token",
    term: "Energy per token",
    unit: "J / token",
    formula: "watts ÷ tokensPerSecond",
    definition: "Energy drawn per token produced, from measured power when the result has it, else from provisioned power.",
  },
  {
    id: "all-in-kw",
    term: "All-in power",
    unit: "kW per accelerator",
    definition:
      "Provisioned power per accelerator including its share of host, network and cooling. Used for on-prem power cost when a result has no measured power; the page says which one was used.",
  },
  {
    id: "memory-bandwidth",
    term: "Memory bandwidth",
    unit: "TB/s",
    definition: "Peak HBM bandwidth of one accelerator. Decode speed per user is bounded by how fast the active weights can be read.",
  },
  {
    id: "ttft",
    term: "Time to first token (TTFT)",
    unit: "ms",
    definition:
      "Delay before the first output token. The TTFT limit filter keeps results whose p99 TTFT (or, for MLPerf Server/Interactive results, the benchmark's enforced p99 bound) is within the limit.",
  },
  {
    id: "tpot",
    term: "Time per output token (TPOT)",
    unit: "ms",
    definition: "Average gap between output tokens of one request after the first; interactivity is about 1000 ÷ TPOT.",
  },
  {
    id: "model-type",
    term: "Model type",
    unit: "class",
    definition:
      "Models grouped by architecture (dense or mixture-of-experts) and active parameters per token, the figure that drives decode cost. Leaderboards are per model type and per model.",
  },
  {
    id: "ownership-estimate",
    term: "Ownership estimate",
    unit: "all-in $ / accelerator-hour",
    formula: "allInPricePerHour ÷ acceleratorsPerUnit (no assumption changes it)",
    definition:
      'SemiAnalysis InferenceX\'s estimate of what it costs to OWN and run one accelerator for an hour, as a hyperscaler ("Owning - Hyperscaler", costh) or a large neocloud ("Owning - Neocloud Giant", costn): amortized purchase, power, facility and operations already inside. Nobody rents at that price, so it is its own deployment kind — never ranked as a cloud or on-prem price, labelled wherever it appears, and the home page\'s cloud and on-prem cards never show it. Electricity, PUE, amortization and the cloud discount do not move it. InferenceX\'s "3 Year Rental" market rate (costr) is a different thing: a reserved-3-year cloud price, listed under the "market reference" provider.',
  },
  {
    id: "evidence-kind",
    term: "Evidence kind",
    unit: EVIDENCE_KINDS.join(" | "),
    definition:
      "How a result is known, shown as a badge on every row and result table and filterable on the leaderboard and the API (evidence=…): " +
      EVIDENCE_KINDS.map((e) => `${EVIDENCE_LABELS[e].label.toLowerCase()} — ${EVIDENCE_LABELS[e].description}`).join("; ") +
      '. Each result also names its source and round (e.g. "MLPerf Inference v5.1") and links to it.',
  },
  {
    id: "workload-class",
    term: "Workload class",
    unit: WORKLOAD_CLASSES.join(" | "),
    definition:
      `The length of prompts and answers a result was measured with; tokens per second differ several-fold between them, so the leaderboard can compare like with like (workload=…). A sequence of ${LONG_SEQUENCE_TOKENS} tokens or more is long. ` +
      WORKLOAD_CLASSES.map((c) => `${WORKLOAD_CLASS_DOCS[c].label}: ${WORKLOAD_CLASS_DOCS[c].description}`).join(" ") +
      " Results with no stated lengths have no class and drop out when a class is chosen.",
  },
  {
    id: "serving-regime",
    term: "Serving regime",
    unit: SERVING_REGIMES.join(" | "),
    definition:
      `How full the system was while measured (servingRegime=…): the batch size when given, else the client concurrency, with ${LATENCY_BOUND_MAX_BATCH} as the line. ` +
      SERVING_REGIMES.map((r) => `${SERVING_REGIME_DOCS[r].label}: ${SERVING_REGIME_DOCS[r].description}`).join(" "),
  },
  {
    id: "utilization",
    term: "Utilization",
    unit: "share of hours",
    definition: "Share of paid hours in which hardware serves tokens at the benchmarked rate; cost per token scales with 1 ÷ utilization.",
  },
];
