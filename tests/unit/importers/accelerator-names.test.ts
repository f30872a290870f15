import { describe, expect, it } from "vitest";

import { resolveAcceleratorName } from "@/lib/importers/accelerator-names";

import { testAccelerators } from "./catalog-fixture";

const resolve = (name: string) => resolveAcceleratorName(name, testAccelerators);

describe("resolveAcceleratorName", () => {
  it("resolves names as MLPerf rounds write them, keeping the variant as a note", () => {
    // v4.0 system description
    expect(resolve("Intel® Gaudi® 2 AI Accelerator")).toMatchObject({ slug: "gaudi2" });
    // v5.1 summary
    expect(resolve("NVIDIA H100-SXM-80GB")).toEqual({ slug: "h100-sxm" });
    expect(resolve("Virtualized NVIDIA H200-SXM-141GB")).toEqual({
      slug: "h200-sxm",
      variantNote: 'Accelerator as the file writes it: "Virtualized NVIDIA H200-SXM-141GB" (variant: virtualized)',
    });
    expect(resolve("NVIDIA H200-NVL-141GB")).toEqual({ slug: "h200-nvl" });
    // v6.0 summary
    const capped = resolve("AMD Instinct MI355X 288GB HBM3e (Power Cap 1000 W)");
    expect(capped).toMatchObject({ slug: "mi355x" });
    expect("variantNote" in capped && capped.variantNote).toContain("Power Cap 1000 W");
    expect(resolve("AMD Instinct MI355X 288GB HBM3e (x87)")).toMatchObject({ slug: "mi355x", count: 87 });
  });

  it("strips partition-mode, power and SKU suffixes", () => {
    const nps = resolve("AMD Instinct MI300X-NPS1-SPX-192GB-750W");
    expect(nps).toMatchObject({ slug: "mi300x" });
    expect("variantNote" in nps && nps.variantNote).toContain("NPS1-SPX-192GB-750W");
    expect(resolve("NVIDIA H200-SXM-141GB-CTS")).toMatchObject({ slug: "h200-sxm" });
    expect(resolve("4xNVIDIA_L40S")).toMatchObject({ slug: "l40s", count: 4 });
    expect(resolve("1xNVIDIA_H100_80GB_HBM3")).toMatchObject({ slug: "h100-sxm", count: 1 });
  });

  it("refuses mixed clusters, unknown and ambiguous names, naming them", () => {
    const mixed = resolve("AMD Instinct MI300X 192GB HBM3 (x8) and AMD Instinct MI355X 288GB HBM3e (x8)");
    expect(mixed).toMatchObject({ kind: "mixed" });
    expect(resolve("Intel(R) Arc Pro(R) B60")).toMatchObject({ kind: "unknown", error: expect.stringContaining('"Intel(R) Arc Pro(R) B60"') });
    const ambiguous = resolveAcceleratorName("H200", [
      { slug: "h200-sxm", name: "NVIDIA H200 SXM", aliases: ["H200"] },
      { slug: "h200-nvl", name: "NVIDIA H200 NVL", aliases: ["H200"] },
    ]);
    expect(ambiguous).toMatchObject({ kind: "ambiguous", candidates: ["h200-sxm", "h200-nvl"] });
    expect(resolve("")).toMatchObject({ kind: "empty" });
  });
});
