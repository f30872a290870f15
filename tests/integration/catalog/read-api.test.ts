import { describe, expect, it } from "vitest";

import { GET as getHealth } from "@/app/api/health/route";
import { GET as getAccelerators } from "@/app/api/v1/accelerators/route";
import { GET as getModels } from "@/app/api/v1/models/route";
import { GET as getOfferings } from "@/app/api/v1/offerings/route";
import { GET as getVendors } from "@/app/api/v1/vendors/route";
import { callRoute } from "@/tests/support/call-route";

describe("read API on the seeded catalog", () => {
  it("lists vendors with slug, name, kind and source", async () => {
    const res = await callRoute(getVendors, "/api/v1/vendors");
    expect(res.status).toBe(200);
    expect(res.body.vendors.length).toBeGreaterThanOrEqual(12);
    for (const v of res.body.vendors) {
      expect(v.slug).toMatch(/^[a-z0-9-]+$/);
      expect(v.name).toBeTruthy();
      expect(v.sourceUrl).toMatch(/^https?:\/\//);
    }
    const chip = await callRoute(getVendors, "/api/v1/vendors?kind=chip");
    expect(chip.body.vendors.length).toBeGreaterThan(0);
    expect(chip.body.vendors.every((v: { kind: string }) => v.kind === "chip")).toBe(true);
  });

  it("lists accelerators with key specs, including TPUs and non-GPU parts", async () => {
    const res = await callRoute(getAccelerators, "/api/v1/accelerators");
    expect(res.status).toBe(200);
    expect(res.body.accelerators.length).toBeGreaterThanOrEqual(20);
    const families = new Set(res.body.accelerators.map((a: { family: string }) => a.family));
    expect(families.has("TPU")).toBe(true);
    for (const a of res.body.accelerators) {
      expect(a.memoryGb).toBeGreaterThan(0);
      expect(a.memoryBandwidthTbPerS).toBeGreaterThan(0);
      expect(a.sourceUrl).toMatch(/^https?:\/\//);
    }
    const tpus = await callRoute(getAccelerators, "/api/v1/accelerators?family=TPU");
    expect(tpus.body.accelerators.length).toBeGreaterThanOrEqual(3);
  });

  it("lists models with their model type", async () => {
    const res = await callRoute(getModels, "/api/v1/models");
    expect(res.status).toBe(200);
    expect(res.body.models.length).toBeGreaterThanOrEqual(12);
    const archs = new Set(res.body.models.map((m: { architecture: string }) => m.architecture));
    expect(archs).toEqual(new Set(["dense", "moe"]));
    expect(res.body.models.every((m: { modelType: string }) => m.modelType.length > 0)).toBe(true);
  });

  it("lists offerings with units, kinds and current prices, filtered and sorted", async () => {
    const res = await callRoute(getOfferings, "/api/v1/offerings");
    expect(res.status).toBe(200);
    expect(res.body.offerings.length).toBeGreaterThanOrEqual(60);
    for (const o of res.body.offerings) {
      expect(o.acceleratorsPerUnit).toBeGreaterThan(0);
      expect(["cloud", "onprem", "estimate"]).toContain(o.kind);
      // Cloud prices and all-in ownership estimates are hourly; on-prem is capex.
      if (o.kind !== "onprem") expect(o.usdPerUnitHour).toBeGreaterThan(0);
      else expect(o.capexUsdPerUnit).toBeGreaterThan(0);
      expect(o.sourceUrl).toMatch(/^https?:\/\//);
    }
    const cloud = await callRoute(getOfferings, "/api/v1/offerings?kind=cloud&sort=pricePerAccelerator&dir=asc");
    const prices = cloud.body.offerings.map((o: { pricePerAccelerator: number }) => o.pricePerAccelerator);
    expect(cloud.body.offerings.every((o: { kind: string }) => o.kind === "cloud")).toBe(true);
    expect(prices).toEqual([...prices].sort((a, b) => a - b));
    const onprem = await callRoute(getOfferings, "/api/v1/offerings?kind=onprem");
    expect(onprem.body.offerings.length).toBeGreaterThan(0);
    expect(onprem.body.offerings.every((o: { pricingBasis: string }) => o.pricingBasis === "capex")).toBe(true);
  });

  it("rejects bad query parameters with 400 and field errors", async () => {
    const cases: [unknown, string, string][] = [
      [getVendors, "/api/v1/vendors?kind=spaceship", "kind"],
      [getVendors, "/api/v1/vendors?bogus=1", "bogus"],
      [getAccelerators, "/api/v1/accelerators?family=quantum", "family"],
      [getModels, "/api/v1/models?architecture=ssm", "architecture"],
      [getOfferings, "/api/v1/offerings?kind=rent", "kind"],
      [getOfferings, "/api/v1/offerings?sort=colour", "sort"],
      [getOfferings, "/api/v1/offerings?asOf=2025-13-45", "asOf"],
      [getOfferings, "/api/v1/offerings?provider=Not%20A%20Slug", "provider"],
    ];
    for (const [handler, url, path] of cases) {
      const res = await callRoute(handler, url);
      expect(res.status, url).toBe(400);
      expect(Array.isArray(res.body.errors), url).toBe(true);
      expect(res.body.errors[0].message.length, url).toBeGreaterThan(0);
      if (path !== "(root)")
        expect(
          res.body.errors.map((e: { path: string }) => e.path),
          url,
        ).toContain(path);
    }
  });

  it("reports database health", async () => {
    const res = await callRoute(getHealth, "/api/health");
    expect(res.status).toBe(200);
    expect(res.body.database.status).toBe("up");
    expect(res.body.database.migrationsApplied).toBeGreaterThan(0);
  });
});
