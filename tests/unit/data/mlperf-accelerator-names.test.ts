// MLPerf v6.0 accelerator names with suffixes, as the extraction script maps them to the catalog
// (rows shaped like the real summary's, values from its rows 6.0-0001, 6.0-0033 and 6.0-0025).
import { describe, expect, it } from "vitest";

import { mlperfAccelerator } from "@/scripts/data/mlperf";

describe("mlperfAccelerator", () => {
  it('takes the count of an "(x87)" cluster from Total Accelerators and says so', () => {
    const mapped = mlperfAccelerator({ Accelerator: "AMD Instinct MI355X 288GB HBM3e (x87)", "a#": 8, Nodes: 11, "Total Accelerators": 88 });
    expect(mapped).toMatchObject({ slug: "mi355x", count: 88 });
    expect("note" in mapped && mapped.note).toContain("Total Accelerators = 88");
  });

  it('keeps "(Power Cap 1000 W)" as a note and counts a# × Nodes', () => {
    const mapped = mlperfAccelerator({ Accelerator: "AMD Instinct MI355X 288GB HBM3e (Power Cap 1000 W)", "a#": 8, Nodes: 1, "Total Accelerators": 8 });
    expect(mapped).toMatchObject({ slug: "mi355x", count: 8 });
    expect("note" in mapped && mapped.note).toContain("power-capped at 1000 W");
  });

  it("maps plain names through catalog aliases (GB200 NVL72: 4 per node × 18 nodes)", () => {
    expect(mlperfAccelerator({ Accelerator: "NVIDIA GB200", "a#": 4, Nodes: 18 })).toMatchObject({ slug: "gb200", count: 72 });
    expect(mlperfAccelerator({ Accelerator: "NVIDIA B300-SXM-270GB", "a#": 8, Nodes: 1 })).toMatchObject({ slug: "b300-sxm", count: 8 });
    expect(mlperfAccelerator({ Accelerator: "Intel(R) Arc Pro(R) B70", "a#": 4, Nodes: 1 })).toMatchObject({ slug: "arc-pro-b70", count: 4 });
  });

  it("skips mixed clusters, dual-GPU cards, CPU-only systems and unknown accelerators with a reason", () => {
    const mixed = "AMD Instinct MI300X 192GB HBM3 (x8) and AMD Instinct MI325X 256GB HBM3e (x8) and AMD Instinct MI355X 288GB HBM3e (x8)";
    expect(mlperfAccelerator({ Accelerator: mixed, "a#": 8, Nodes: 3, "Total Accelerators": 24 })).toEqual({ skip: expect.stringContaining("mixed cluster") });
    expect(mlperfAccelerator({ Accelerator: "MS-Intel Arc Pro B60 Dual 48G Turbo", "a#": 4, Nodes: 1 })).toEqual({
      skip: expect.stringContaining("dual-GPU card"),
    });
    expect(mlperfAccelerator({ Accelerator: "", "a#": 0, Nodes: 1 })).toEqual({ skip: expect.stringContaining("CPU-only") });
    expect(mlperfAccelerator({ Accelerator: "NVIDIA Jetson AGX Thor 128G", "a#": 1, Nodes: 1 })).toEqual({ skip: "accelerator not in the catalog" });
  });
});
