import "server-only";

import { modelTypeBySlug } from "@/lib/cost/model-type";
import { offeringCostInput } from "@/lib/cost/offering-cost";
import { bestPerGroup, rankRows, type ExcludedRow, type OfferingCostInput, type OfferingKind, type RankedRow, type RankInput } from "@/lib/cost/rank";
import type { ServingRegime, WorkloadClass } from "@/lib/cost/workload";
import { ValidationError } from "@/lib/errors";
import { endOfDayUtc } from "@/lib/format/dates";
import type { EvidenceKind } from "@/lib/validation/enums";
import type { ScenarioParams } from "@/lib/validation/scenario-params";

import { configurationChoices } from "./configuration-points";
import { getRankingSnapshot, type RankingSnapshot, type SnapshotOffering, type SnapshotPrice } from "./ranking-snapshot";

export type LeaderboardOptions = {
  params: ScenarioParams;
  vendor?: string;
  asOf?: string;
  limit?: number;
};

export type LeaderboardRowMeta = {
  offering: { slug: string; name: string; kind: OfferingKind; provider: { slug: string; name: string } };
  accelerator: { slug: string; name: string };
  model: { slug: string; name: string; type: string; typeLabel: string };
  precision: string;
  engine: string;
  pricingBasis: string;
  /** Accelerators per rentable/buyable unit (instance, server, rack): the capacity planner's step. */
  acceleratorsPerUnit: number;
  /** Evidence kind and source (round) of the measured result behind the row. */
  evidence: EvidenceKind;
  source: string | null;
  /** The configuration the row was read from: the chart's series of the same key. */
  configurationKey: string;
  workload: RowWorkload;
};

export type RowWorkload = {
  class: WorkloadClass | null;
  servingRegime: ServingRegime | null;
  inputTokens: number | null;
  outputTokens: number | null;
  batchSize: number | null;
  concurrency: number | null;
};

export type LeaderboardRow = RankedRow<LeaderboardRowMeta>;

export type Leaderboard = {
  params: ScenarioParams;
  asOf: string;
  vendor: string | null;
  rows: LeaderboardRow[];
  totalRows: number;
  excluded: ExcludedRow[];
  dataVersion: string;
};

function priceAsOf(offering: SnapshotOffering, asOfMs: number, pricingBasis: string | undefined): SnapshotPrice | null {
  for (const price of offering.prices) {
    if (price.effectiveFrom > asOfMs) continue;
    if (pricingBasis && price.pricingBasis !== pricingBasis) continue;
    return price;
  }
  return null;
}

function costInput(offering: SnapshotOffering, price: SnapshotPrice): OfferingCostInput | null {
  return offeringCostInput(offering, price);
}

function selectModelIds(snapshot: RankingSnapshot, params: ScenarioParams): string[] {
  if (params.modelType && !modelTypeBySlug(params.modelType)) {
    throw new ValidationError([{ path: "modelType", message: `Unknown model type "${params.modelType}"` }]);
  }
  if (params.models && params.models.length > 0) {
    const unknown = params.models.filter((slug) => !snapshot.modelsBySlug.has(slug));
    if (unknown.length) throw new ValidationError(unknown.map((slug) => ({ path: "model", message: `Unknown model "${slug}"` })));
    return params.models.map((slug) => snapshot.modelsBySlug.get(slug)!.id);
  }
  const all = [...snapshot.models.values()];
  return (params.modelType ? all.filter((m) => m.modelType === params.modelType) : all).map((m) => m.id);
}

function offeringMatchesVendor(snapshot: RankingSnapshot, offering: SnapshotOffering, vendorSlug: string | undefined): boolean {
  if (!vendorSlug) return true;
  if (offering.provider.slug === vendorSlug) return true;
  const vendor = snapshot.vendorsBySlug.get(vendorSlug);
  return Boolean(vendor && snapshot.accelerators.get(offering.acceleratorId)?.vendorId === vendor.id);
}

// Ranked results per data version: identical views (the common case: defaults, shared links) are
// computed once per snapshot. Least recently used boards are dropped past a budget of rows (a board
// of every offering × model holds thousands), so odd parameter combinations cannot grow memory.
const results = new WeakMap<RankingSnapshot, Map<string, Leaderboard>>();
const RESULT_LIMIT = 100;
const RESULT_ROW_BUDGET = 60_000;

const sizeOf = (board: Leaderboard) => board.rows.length + board.excluded.length;

function remember(cache: Map<string, Leaderboard>, key: string, board: Leaderboard): void {
  cache.set(key, board);
  let rows = 0;
  for (const b of cache.values()) rows += sizeOf(b);
  for (const [oldKey, old] of cache) {
    if (oldKey === key || (rows <= RESULT_ROW_BUDGET && cache.size <= RESULT_LIMIT)) break;
    cache.delete(oldKey);
    rows -= sizeOf(old);
  }
}

export async function getLeaderboard(options: LeaderboardOptions): Promise<Leaderboard> {
  const snapshot = await getRankingSnapshot();
  const asOf = options.asOf ?? new Date().toISOString().slice(0, 10);
  const key = JSON.stringify([options.params, options.vendor ?? null, asOf]);
  let cache = results.get(snapshot);
  if (!cache) results.set(snapshot, (cache = new Map()));
  let full = cache.get(key);
  if (full) {
    // Most recently used last.
    cache.delete(key);
    cache.set(key, full);
  } else {
    full = rankLeaderboard(snapshot, { ...options, asOf });
    remember(cache, key, full);
  }
  return options.limit ? { ...full, rows: full.rows.slice(0, options.limit) } : full;
}

function shared<K extends object, V>(make: (key: K) => V): (key: K) => V {
  const made = new Map<K, V>();
  return (key) => {
    let value = made.get(key);
    if (value === undefined) made.set(key, (value = make(key)));
    return value;
  };
}

function rankLeaderboard(snapshot: RankingSnapshot, options: LeaderboardOptions & { asOf: string }): Leaderboard {
  const { params } = options;
  if (options.vendor && !snapshot.vendorsBySlug.has(options.vendor)) {
    throw new ValidationError([{ path: "vendor", message: `Unknown vendor "${options.vendor}"` }]);
  }
  const asOf = options.asOf;
  const asOfMs = endOfDayUtc(asOf).getTime();

  // Rows of one offering, model or configuration share one meta object each: a board holds thousands.
  const offeringMeta = shared((o: SnapshotOffering) => ({
    slug: o.slug,
    name: o.name,
    kind: o.kind,
    provider: { slug: o.provider.slug, name: o.provider.name },
  }));
  const inputs: RankInput<LeaderboardRowMeta>[] = [];
  for (const modelId of selectModelIds(snapshot, params)) {
    const model = snapshot.models.get(modelId)!;
    const modelMeta = { slug: model.slug, name: model.name, type: model.modelType, typeLabel: modelTypeBySlug(model.modelType)?.label ?? model.modelType };
    for (const choice of configurationChoices(snapshot, modelId, params)) {
      const accelerator = snapshot.accelerators.get(choice.acceleratorId);
      if (!accelerator) continue;
      const acceleratorMeta = { slug: accelerator.slug, name: accelerator.name };
      const workload: RowWorkload = {
        class: choice.sample.workloadClass,
        servingRegime: choice.sample.servingRegime,
        inputTokens: choice.sample.inputTokens,
        outputTokens: choice.sample.outputTokens,
        batchSize: choice.sample.batchSize,
        concurrency: choice.sample.concurrency,
      };
      for (const offering of snapshot.offeringsByAccelerator.get(choice.acceleratorId) ?? []) {
        if (params.deployment !== "all" && offering.kind !== params.deployment) continue;
        if (!offeringMatchesVendor(snapshot, offering, options.vendor)) continue;
        const price = priceAsOf(offering, asOfMs, params.pricingBasis);
        if (!price) continue;
        const cost = costInput(offering, price);
        if (!cost) continue;
        inputs.push({
          offeringSlug: offering.slug,
          modelSlug: model.slug,
          modelType: model.modelType,
          acceleratorSlug: accelerator.slug,
          offering: cost,
          acceleratorProvisionedKw: accelerator.allInKwPerAccelerator,
          point: choice.point,
          meta: {
            offering: offeringMeta(offering),
            accelerator: acceleratorMeta,
            model: modelMeta,
            precision: choice.precision,
            engine: choice.engine,
            pricingBasis: price.pricingBasis,
            acceleratorsPerUnit: offering.acceleratorsPerUnit,
            evidence: choice.sample.evidence,
            source: choice.sample.source,
            configurationKey: choice.key,
            workload,
          },
        });
      }
    }
  }

  const { rows, excluded } = rankRows(inputs, params);
  // One row per (offering × model): its cheapest qualifying configuration.
  const best = bestPerGroup(rows, (row) => `${row.offeringSlug}|${row.modelSlug}`);
  return {
    params,
    asOf,
    vendor: options.vendor ?? null,
    rows: best,
    totalRows: best.length,
    excluded,
    dataVersion: snapshot.version,
  };
}
