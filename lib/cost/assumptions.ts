// Scenario assumptions every cost depends on, with the defaults the portal uses when a user has saved none.
// ASSUMPTION_DOCS is what the scenario form and the glossary show; min/max are the accepted bounds.

export type TokenBasis = "output" | "total";
export const TOKEN_BASES: readonly TokenBasis[] = ["output", "total"];

export type CostAssumptions = {
  electricityUsdPerKwh: number;
  /** Power usage effectiveness: facility power / IT power (≥ 1). */
  pue: number;
  /** Share of hours (0–1] the capacity produces tokens at the benchmarked rate. */
  utilization: number;
  amortizationYears: number;
  /** Yearly operating cost other than energy, as a share of capex. */
  annualOpexRate: number;
  /** Share [0–1) taken off cloud list prices. */
  cloudDiscount: number;
  tokenBasis: TokenBasis;
};

export const DEFAULT_ASSUMPTIONS: CostAssumptions = {
  electricityUsdPerKwh: 0.08,
  pue: 1.3,
  utilization: 0.6,
  amortizationYears: 4,
  annualOpexRate: 0.08,
  cloudDiscount: 0,
  tokenBasis: "output",
};

type NumericAssumption = Exclude<keyof CostAssumptions, "tokenBasis">;

export type AssumptionDoc = {
  label: string;
  unit: string;
  default: number;
  min: number;
  max: number;
  description: string;
  source: string;
  sourceUrl?: string;
};

export const ASSUMPTION_DOCS: Record<NumericAssumption, AssumptionDoc> = {
  electricityUsdPerKwh: {
    label: "Electricity price",
    unit: "$/kWh",
    default: DEFAULT_ASSUMPTIONS.electricityUsdPerKwh,
    min: 0,
    max: 1,
    description:
      "Price paid per kWh of facility power by on-prem deployments. Cloud prices already include energy, " +
      "so this changes only on-prem rows. 0.08 $/kWh is about the US average price to industrial " +
      "customers in 2023–2024; large data centres often contract below it, Europe and Asia mostly above.",
    source: "US EIA, Electric Power Monthly, Table 5.3 (average price of electricity by end-use sector, industrial)",
    sourceUrl: "https://www.eia.gov/electricity/monthly/epm_table_grapher.php?t=epmt_5_3",
  },
  pue: {
    label: "PUE",
    unit: "ratio",
    default: DEFAULT_ASSUMPTIONS.pue,
    min: 1,
    max: 3,
    description:
      "Power usage effectiveness: total facility power divided by IT power. Applied to power measured " +
      "at the system (benchmark wall power); not applied to all-in provisioned figures, which already " +
      "include the facility. The industry-wide average is about 1.5–1.6; recent large and liquid-cooled " +
      "AI facilities run about 1.1–1.3, so 1.3 is a conservative modern figure.",
    source:
      "Uptime Institute Global Data Center Survey: industry average PUE 1.55–1.59 since 2020 (1.58 in 2023, 1.56 in 2024); " +
      "Google reports a fleet PUE of about 1.1",
    sourceUrl: "https://intelligence.uptimeinstitute.com/resource/large-data-centers-are-mostly-more-efficient-analysis-confirms",
  },
  utilization: {
    label: "Utilization",
    unit: "share of hours",
    default: DEFAULT_ASSUMPTIONS.utilization,
    min: 0.01,
    max: 1,
    description:
      "Share of paid hours in which the hardware serves tokens at the benchmarked rate. Benchmarks measure " +
      "a saturated system; real services follow daily demand and keep headroom for peaks. Cost per token " +
      "scales with 1/utilization. 0.6 is a planning midpoint, not a measured industry figure: set your own.",
    source: "Planning assumption of this portal (no single public source); adjust per scenario",
  },
  amortizationYears: {
    label: "Amortization period",
    unit: "years",
    default: DEFAULT_ASSUMPTIONS.amortizationYears,
    min: 1,
    max: 10,
    description:
      "Years over which on-prem capex is spread, straight-line, with no residual value. Hyperscalers " +
      "depreciate servers over 5–6 years in their accounts, but accelerator generations now ship about " +
      "yearly, so the economic life of an inference fleet is shorter; 4 years sits between the two.",
    source: "Annual reports (10-K): Microsoft and Alphabet 6-year server lives; Amazon 5 years for part of its servers from 2025",
  },
  annualOpexRate: {
    label: "Annual opex (excluding energy)",
    unit: "share of capex per year",
    default: DEFAULT_ASSUMPTIONS.annualOpexRate,
    min: 0,
    max: 0.5,
    description:
      "Yearly non-energy running cost as a share of capex: hardware support and spares (about 3–5 %/year) " +
      "plus data-centre space and power capacity (colocation, about 150–200 $ per kW per month in primary " +
      "US markets, roughly 3–5 % of capex for an 8-GPU server). Energy is counted separately.",
    source: "Planning assumption: hardware support contracts plus wholesale colocation rents (CBRE North America Data Center Trends, 2024)",
  },
  cloudDiscount: {
    label: "Cloud discount",
    unit: "share of list price",
    default: DEFAULT_ASSUMPTIONS.cloudDiscount,
    min: 0,
    max: 0.9,
    description:
      "Negotiated discount taken off every cloud list price (each price keeps its own basis: on-demand, " +
      "reserved or spot). 0 ranks list prices as published.",
    source: "None: list prices as published by each provider",
  },
};

export const TOKEN_BASIS_DOCS: Record<TokenBasis, { label: string; description: string }> = {
  output: {
    label: "Output tokens",
    description: "All cost is charged to generated tokens, as MLPerf Inference counts throughput. Default. " + "Never ranked together with the total basis.",
  },
  total: {
    label: "Input + output tokens",
    description:
      "Cost is spread over prompt and generated tokens, as InferenceX reports throughput. " +
      "Results that report no input throughput have no figure on this basis.",
  },
};
