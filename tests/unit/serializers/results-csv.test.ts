import Papa from "papaparse";
import { describe, expect, it } from "vitest";

import type { PublicResult } from "@/lib/data/results/list-results";
import { RESULT_CSV_COLUMNS, resultsToCsv, serializeResult } from "@/lib/serializers/results";

const result: PublicResult = {
  id: "r1",
  acceleratorCount: 8,
  prefillAcceleratorCount: 2,
  decodeAcceleratorCount: 6,
  precision: "FP8",
  engine: "vLLM",
  engineVersion: "0.9",
  systemName: '=HYPERLINK("http://evil","x")',
  speculativeDecoding: null,
  kvCacheOffload: false,
  disaggregated: true,
  scenario: null,
  inputTokens: 8192,
  outputTokens: 1024,
  concurrency: 64,
  batchSize: null,
  outputTokensPerSecond: 8000,
  inputTokensPerSecond: null,
  interactivityTokensPerSecondPerUser: 40,
  ttftMsP50: 300,
  ttftMsP99: 900,
  tpotMsP50: 25,
  tpotMsP99: 40,
  averagePowerWatts: null,
  evidence: "community",
  source: "+cmd|' /C calc'!A0",
  sourceUrl: "https://example.com/run",
  notes: "-2+3",
  reviewedAt: new Date("2026-01-02T03:04:05Z"),
  model: { slug: "llama", name: "Llama", modelType: "dense-70b" },
  accelerator: { slug: "h100", name: "H100" },
};

describe("results CSV", () => {
  it("serializes per-accelerator throughput over both disaggregated pools, with workload class and regime", () => {
    const s = serializeResult(result);
    expect(s.outputTokensPerSecondPerAccelerator).toBe(1000);
    expect(s).toMatchObject({
      accelerator: "h100",
      model: "llama",
      workloadClass: "long-input",
      servingRegime: "saturated",
      approvedAt: "2026-01-02T03:04:05.000Z",
    });
  });

  it("escapes cells that a spreadsheet would run as formulas", () => {
    const csv = resultsToCsv([serializeResult(result)]);
    const parsed = Papa.parse<Record<string, string>>(csv, { header: true });
    expect(parsed.meta.fields).toEqual([...RESULT_CSV_COLUMNS]);
    const row = parsed.data[0];
    expect(row.systemName).toBe('\'=HYPERLINK("http://evil","x")');
    expect(row.source).toBe("'+cmd|' /C calc'!A0");
    expect(row.notes).toBe("'-2+3");
    expect(row.outputTokensPerSecond).toBe("8000");
  });
});
