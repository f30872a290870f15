// The seeded catalog (tests/support/global-setup.ts runs scripts/seed.ts on a fresh database).
import { afterAll, describe, expect, it } from "vitest";

import { deriveModelType } from "@/lib/cost/model-type";
import { createPrismaClient } from "@/lib/db/client";
import { loadCatalogData } from "@/prisma/seed/catalog-data";
import { createAccelerator, createModel, createOffering, createSubmission, createVendor } from "@/prisma/seed/factories";
import { seedCatalog } from "@/prisma/seed/seed-catalog";

const prisma = createPrismaClient();
const catalog = loadCatalogData();
const seededSlugs = {
  vendors: catalog.vendors.map((v) => v.slug),
  accelerators: catalog.accelerators.map((a) => a.slug),
  models: catalog.models.map((m) => m.slug),
  offerings: catalog.offerings.map((o) => o.slug),
};

afterAll(async () => {
  await prisma.$disconnect();
});

async function tableCounts() {
  const [vendors, accelerators, models, offerings, offeringPrices, submissions] = await Promise.all([
    prisma.vendor.count(),
    prisma.accelerator.count(),
    prisma.model.count(),
    prisma.offering.count(),
    prisma.offeringPrice.count(),
    prisma.benchmarkSubmission.count(),
  ]);
  return { vendors, accelerators, models, offerings, offeringPrices, submissions };
}

function expectSourced(row: { slug?: string; sourceUrl: string | null; sourceDate?: Date }) {
  expect(row.sourceUrl, row.slug).toMatch(/^https?:\/\/\S+$/);
  if ("sourceDate" in row) {
    expect(row.sourceDate, row.slug).toBeInstanceOf(Date);
    expect(Number.isNaN(row.sourceDate!.getTime()), row.slug).toBe(false);
  }
}

describe("seeded catalog", () => {
  it("has the vendors: chip makers, hyperscalers and neoclouds, each sourced", async () => {
    const vendors = await prisma.vendor.findMany({ where: { slug: { in: seededSlugs.vendors } } });
    expect(vendors.length).toBe(seededSlugs.vendors.length);
    expect(vendors.length).toBeGreaterThanOrEqual(12);
    const kinds = new Set(vendors.map((v) => v.kind));
    expect(kinds).toEqual(new Set(["chip", "cloud", "neocloud", "oem", "reference"]));
    expect(vendors.map((v) => v.slug)).toEqual(expect.arrayContaining(["nvidia", "amd", "intel", "aws", "google-cloud", "azure", "lambda"]));
    vendors.forEach(expectSourced);
  });

  it("has at least 20 accelerators with 3+ TPU generations and 2+ non-GPU accelerators of other kinds", async () => {
    const accelerators = await prisma.accelerator.findMany({ where: { slug: { in: seededSlugs.accelerators } } });
    expect(accelerators.length).toBeGreaterThanOrEqual(20);
    const tpus = accelerators.filter((a) => a.family === "TPU").map((a) => a.slug);
    expect(tpus).toEqual(expect.arrayContaining(["tpu-v5e", "tpu-v5p", "tpu-v6e"]));
    const otherKinds = accelerators.filter((a) => a.family !== "GPU" && a.family !== "TPU").map((a) => a.slug);
    expect(otherKinds).toEqual(expect.arrayContaining(["trainium2", "inferentia2", "gaudi3"]));
    for (const a of accelerators) {
      expectSourced(a);
      expect(a.memoryGb).toBeGreaterThan(0);
      expect(a.memoryBandwidthTbPerS).toBeGreaterThan(0);
    }
    // The nine GPUs from SemiAnalysis InferenceX carry its all-in (facility-inclusive) kW per GPU.
    const h100 = accelerators.find((a) => a.slug === "h100-sxm")!;
    expect(h100).toMatchObject({ memoryGb: 80, memoryBandwidthTbPerS: 3.35, denseFp8Tflops: 1979, allInKwPerAccelerator: 1.73 });
    expect(h100.aliases).toContain("NVIDIA H100-SXM-80GB");
    expect(accelerators.find((a) => a.slug === "gb200")).toMatchObject({ scaleUpDomainSize: 72, allInKwPerAccelerator: 2.1 });
  });

  it("has at least 12 models, dense and MoE, typed by lib/cost/model-type", async () => {
    const models = await prisma.model.findMany({ where: { slug: { in: seededSlugs.models } } });
    expect(models.length).toBeGreaterThanOrEqual(12);
    expect(new Set(models.map((m) => m.architecture))).toEqual(new Set(["dense", "moe"]));
    expect(models.map((m) => m.slug)).toEqual(expect.arrayContaining(["llama-2-70b", "llama-3.1-8b", "llama-3.1-405b", "mixtral-8x7b", "deepseek-r1"]));
    for (const m of models) {
      expectSourced(m);
      expect(m.modelType).toBe(deriveModelType(m).slug);
    }
    expect(models.find((m) => m.slug === "deepseek-r1")).toMatchObject({ totalParamsB: 671, activeParamsB: 37, modelType: "moe-large" });
    expect(models.find((m) => m.slug === "llama-2-70b")).toMatchObject({ modelType: "dense-70b", contextLength: 4096 });
  });

  it("has at least 60 offerings with sourced prices: hourly for cloud, capex and all-in kW for on-prem", async () => {
    const offerings = await prisma.offering.findMany({ where: { slug: { in: seededSlugs.offerings } }, include: { prices: true } });
    expect(offerings.length).toBeGreaterThanOrEqual(60);
    for (const o of offerings) {
      expectSourced(o);
      expect(o.prices.length, o.slug).toBeGreaterThan(0);
      for (const p of o.prices) {
        expectSourced({ slug: o.slug, sourceUrl: p.sourceUrl });
        expect(Number.isNaN(p.effectiveFrom.getTime())).toBe(false);
        if (o.kind !== "onprem") expect(p.usdPerUnitHour, o.slug).toBeGreaterThan(0);
        else expect(p.capexUsdPerUnit, o.slug).toBeGreaterThan(0);
      }
      if (o.kind === "onprem") expect(o.allInKwPerUnit, o.slug).toBeGreaterThan(0);
    }
    expect(offerings.filter((o) => o.kind === "onprem").length).toBeGreaterThanOrEqual(3);
    expect(new Set(offerings.flatMap((o) => o.prices.map((p) => p.pricingBasis)))).toEqual(
      new Set(["on_demand", "spot", "reserved_1y", "reserved_3y", "capex", "all_in"]),
    );
  });

  it("keeps real price history: AWS p5.48xlarge went from $98.32 to $55.04 an hour", async () => {
    const p5 = await prisma.offering.findUniqueOrThrow({
      where: { slug: "aws-p5-48xlarge-on-demand" },
      include: { prices: { orderBy: { effectiveFrom: "asc" } } },
    });
    expect(p5.acceleratorsPerUnit).toBe(8);
    expect(p5.prices.map((p) => [p.effectiveFrom.toISOString().slice(0, 10), p.usdPerUnitHour])).toEqual([
      ["2024-02-05", 98.32],
      ["2025-06-01", 55.04],
    ]);
    const withHistory = await prisma.offering.findMany({ where: { slug: { in: seededSlugs.offerings } }, include: { _count: { select: { prices: true } } } });
    expect(withHistory.filter((o) => o._count.prices >= 2).length).toBeGreaterThanOrEqual(3);
  });

  it("holds the MLPerf v5.1 LLM results as approved, output-token-basis submissions", async () => {
    const mlperf = await prisma.benchmarkSubmission.findMany({ where: { externalId: { startsWith: "mlperf-v5.1:" } } });
    expect(mlperf).toHaveLength(266);
    for (const s of mlperf) {
      expect(s.status).toBe("approved");
      expect(s.tokenBasis).toBe("output");
      expect(s.importer).toBe("mlperf-summary");
      expect(s).toMatchObject({ evidence: "audited", source: "MLPerf Inference v5.1" });
      expect(s.sourceUrl).toMatch(/^https:\/\/github\.com\/mlcommons\/inference_results_v5\.1\//);
      if (s.scenario === "Offline") expect(s.interactivityTokensPerSecondPerUser).toBeNull();
      else expect(s.interactivityTokensPerSecondPerUser).toBeCloseTo(1000 / s.tpotLimitMsP99!, 9);
    }
    const nvl72 = await prisma.benchmarkSubmission.findFirstOrThrow({
      where: { externalId: "mlperf-v5.1:5.1-0071:llama3.1-405b:Server", submitterId: null },
      include: { accelerator: true, model: true },
    });
    expect(nvl72).toMatchObject({ acceleratorCount: 72, outputTokensPerSecond: 11614.3, ttftLimitMsP99: 6000, tpotLimitMsP99: 175, precision: "FP4" });
    expect(nvl72.accelerator.slug).toBe("gb200");
    expect(nvl72.model.slug).toBe("llama-3.1-405b");
  });

  it("changes no counts when seeded a second time", async () => {
    const before = await tableCounts();
    const p5Before = await prisma.offering.findUniqueOrThrow({ where: { slug: "aws-p5-48xlarge-on-demand" }, include: { prices: true } });
    const counts = await seedCatalog(prisma);
    expect(await tableCounts()).toEqual(before);
    expect(counts).toMatchObject({ vendors: 22, accelerators: 35, models: 26, offerings: 89, offeringPrices: 92, submissions: 1106 });
    const p5After = await prisma.offering.findUniqueOrThrow({ where: { slug: "aws-p5-48xlarge-on-demand" }, include: { prices: true } });
    // A seeded result edited in the database is put back to the extract's values (an unranked TPU7x
    // row: TPU7x has no price, so no leaderboard test running alongside can see the edit).
    const externalId = "tpu-recipes:ironwood:qwen3-32b:8k-1k";
    await prisma.benchmarkSubmission.updateMany({ where: { externalId }, data: { outputTokensPerSecond: 1, notes: "edited" } });
    await seedCatalog(prisma);
    expect(await prisma.benchmarkSubmission.findFirstOrThrow({ where: { externalId } })).toMatchObject({
      outputTokensPerSecond: 1382.18,
      source: "Google Cloud TPU recipes",
      evidence: "vendor",
    });
    expect(p5After.id).toBe(p5Before.id);
    expect(p5After.prices.map((p) => p.id).sort()).toEqual(p5Before.prices.map((p) => p.id).sort());
  });
});

describe("test factories", () => {
  it("create related rows with unique slugs and the requested overrides", async () => {
    const vendor = await createVendor(prisma, { kind: "neocloud" });
    const accelerator = await createAccelerator(prisma, { vendorId: vendor.id, memoryGb: 141 });
    const offering = await createOffering(prisma, {
      providerId: vendor.id,
      acceleratorId: accelerator.id,
      price: { usdPerUnitHour: 20, effectiveFrom: new Date("2025-01-01T00:00:00Z") },
      extraPrices: [{ pricingBasis: "on_demand", usdPerUnitHour: 24, effectiveFrom: new Date("2024-01-01T00:00:00Z") }],
    });
    expect(offering.prices.map((p) => p.usdPerUnitHour)).toEqual([24, 20]);
    const onprem = await createOffering(prisma, { kind: "onprem" });
    expect(onprem.prices[0]).toMatchObject({ pricingBasis: "capex", capexUsdPerUnit: 250_000 });
    const model = await createModel(prisma, { architecture: "moe", totalParamsB: 120, activeParamsB: 5, modelType: "moe-small" });
    const submission = await createSubmission(prisma, { modelId: model.id, acceleratorId: accelerator.id, outputTokensPerSecond: 1234 });
    expect(submission).toMatchObject({ status: "approved", outputTokensPerSecond: 1234, modelId: model.id, acceleratorId: accelerator.id });
    const [a, b] = await Promise.all([createVendor(prisma), createVendor(prisma)]);
    expect(a.slug).not.toBe(b.slug);
    expect(a.slug).toMatch(/^[a-z0-9-]+$/);
  });
});
