import { buildCsvTemplate } from "@/lib/importers/csv";

// The TokenCost CSV template: the header (API field names) and, with ?example=1, one filled row.
export function GET(request: Request) {
  const example = new URL(request.url).searchParams.get("example") === "1";
  const csv = buildCsvTemplate(
    example
      ? [
          {
            model: "llama-3.1-8b",
            accelerator: "h100-sxm",
            acceleratorCount: 1,
            precision: "FP8",
            engine: "vLLM",
            engineVersion: "0.9.1",
            inputTokens: 1024,
            outputTokens: 1024,
            concurrency: 16,
            outputTokensPerSecond: 1763.6,
            inputTokensPerSecond: 1763.6,
            interactivityTokensPerSecondPerUser: 112.3,
            ttftMsP50: 59.6,
            ttftMsP99: 111.8,
            tpotMsP50: 8.9,
            tpotMsP99: 9.3,
            features: { speculativeDecoding: "none", kvCacheOffload: false, disaggregated: false },
            sourceUrl: "https://example.com/my-benchmark-run",
            notes: "Example row: replace with your results",
          },
        ]
      : [],
  );
  return new Response(csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${example ? "tokencost-submissions-example.csv" : "tokencost-submissions-template.csv"}"`,
      "Cache-Control": "public, max-age=3600",
    },
  });
}
