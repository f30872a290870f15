import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { POST as postImport } from "@/app/api/v1/imports/route";
import { GET as getTemplate } from "@/app/submit/template.csv/route";
import { createPrismaClient, type PrismaClient } from "@/lib/db/client";
import { callRoute } from "@/tests/support/call-route";
import { createIdentities, type Identities } from "@/tests/support/identities";

import { MLPERF_SUMMARY_PATH, multipartPost, readFixture } from "./submission-fixtures";

let prisma: PrismaClient;
let ids: Identities;

beforeAll(async () => {
  prisma = createPrismaClient();
  ids = await createIdentities(prisma);
});
afterAll(async () => {
  await prisma.$disconnect();
});

type Row = {
  row: number;
  status: string;
  missing: string[];
  submission: Record<string, unknown>;
  outputTokensPerSecondPerAccelerator: number | null;
  findings: { code: string; severity: string }[];
  costPreview: { available: boolean; usdPerMillionTokens?: number } | null;
  meta: Record<string, unknown>;
};

function upload(
  fields: Record<string, string>,
  file: { bytes: Uint8Array | string; name: string } | null,
  who: Parameters<Identities["authHeaders"]>[0] = "user",
) {
  return callRoute(postImport, "/api/v1/imports", multipartPost(fields, file, ids.authHeaders(who)));
}

const counts = async () => ({ submissions: await prisma.benchmarkSubmission.count(), files: await prisma.importedFile.count() });
const sha256 = (text: string) => createHash("sha256").update(text, "utf8").digest("hex");

describe.runIf(existsSync(MLPERF_SUMMARY_PATH))(
  "POST /api/v1/imports: MLPerf Inference v5.1 summary (the real file, when ../shared/data is present), dry run",
  () => {
    it("yields the per-accelerator figures of hand-computed rows and writes nothing", async () => {
      const text = readFixture(MLPERF_SUMMARY_PATH);
      const before = await counts();
      const res = await upload({ format: "auto", dryRun: "true" }, { bytes: text, name: "summary_results.json" });
      expect(res.status).toBe(200);
      expect(res.body.format).toBe("mlperf");
      expect(res.body.dryRun).toBe(true);
      expect(res.body.created).toBe(0);
      expect(res.body.fileSha256).toBe(sha256(text));
      expect(res.body.parsed).toBe(JSON.parse(text).length);
      expect(res.body.parsed).toBe(res.body.rows.length + res.body.skipped.filter((s: { reason: string }) => !/already in TokenCost/.test(s.reason)).length);
      expect(await counts()).toEqual(before);

      const rows = res.body.rows as Row[];
      const find = (id: string, model: string, scenario: string) =>
        rows.find((r) => r.meta.mlperfId === id && r.meta.mlperfModel === model && r.submission.scenario === scenario);

      // AMD 8× MI300X (1 node × 8), llama2-70b-99 Offline: 27,803.9 tok/s / 8 = 3,475.49 tok/s per GPU.
      const mi300x = find("5.1-0001", "llama2-70b-99", "Offline")!;
      expect(mi300x.submission).toMatchObject({
        model: "llama-2-70b",
        accelerator: "mi300x",
        acceleratorCount: 8,
        precision: "FP8",
        outputTokensPerSecond: 27803.9,
      });
      expect(mi300x.outputTokensPerSecondPerAccelerator).toBeCloseTo(3475.49, 2);
      // Its 99.9% variant repeats the very number: kept once, listed as skipped.
      expect(find("5.1-0001", "llama2-70b-99.9", "Offline")).toBeUndefined();
      expect(res.body.skipped.some((s: { reason: string }) => /5\.1-0001 · AMD .* llama2-70b-99\.9 · Offline\) duplicates row/.test(s.reason))).toBe(true);

      // NVIDIA GB200 NVL72: a# = 4 per node × Nodes = 18 = 72 accelerators.
      const gb200 = find("5.1-0071", "deepseek-r1", "Offline")!;
      expect(gb200.submission).toMatchObject({
        model: "deepseek-r1",
        accelerator: "gb200",
        acceleratorCount: 72,
        precision: "FP4",
        outputTokensPerSecond: 289712,
      });
      expect(gb200.meta).toMatchObject({ acceleratorsPerNode: 4, nodes: 18 });
      expect(gb200.outputTokensPerSecondPerAccelerator).toBeCloseTo(289712 / 72, 6);
      expect(gb200.outputTokensPerSecondPerAccelerator).toBeCloseTo(4023.78, 2);
      const gb200Server = find("5.1-0071", "deepseek-r1", "Server")!;
      expect(gb200Server.outputTokensPerSecondPerAccelerator).toBeCloseTo(167578 / 72, 6);
      // Server results met mlperf.conf's p99 bounds for deepseek-r1: TTFT 2,000 ms, TPOT 80 ms → 12.5 tok/s per user.
      expect(gb200Server.meta).toMatchObject({ ttftLimitMsP99: 2000, tpotLimitMsP99: 80 });
      expect(gb200Server.submission.interactivityTokensPerSecondPerUser).toBe(12.5);
      const llama405 = find("5.1-0071", "llama3.1-405b", "Offline")!;
      expect(llama405.outputTokensPerSecondPerAccelerator).toBeCloseTo(14774.3 / 72, 6);

      // The seed already loaded this round: a real import would create nothing new.
      expect(mi300x.status).toBe("already-imported");
      // All but the 4 rows of the dual-GPU Arc Pro B60 card, which the seed's extract skips (a# may count
      // cards, not GPUs) while the importer's name resolver maps them to Arc Pro B60.
      expect(res.body.ready + res.body.flagged).toBe(4);
      expect(rows.filter((r) => r.status !== "already-imported").every((r) => r.submission.accelerator === "arc-pro-b60")).toBe(true);
      // Costs are previewed on the cheapest catalog offering of the accelerator.
      expect(rows.filter((r) => r.costPreview?.available).length).toBeGreaterThan(10);
      // Heterogeneous clusters have no per-accelerator figure.
      expect(res.body.skipped.some((s: { reason: string }) => /heterogeneous cluster/.test(s.reason))).toBe(true);
    });
  },
);

describe("POST /api/v1/imports: vLLM bench serve results", () => {
  const defaults = { accelerator: "h100-sxm", acceleratorCount: "1", precision: "BF16" };

  it.each([4, 16, 64])("maps TTFT, TPOT and throughput of the concurrency-%i run", async (concurrency) => {
    const name = `vllm-bench-serve-llama3.1-8b-c${concurrency}.json`;
    const text = readFixture(`tests/fixtures/vllm/${name}`);
    const source = JSON.parse(text);
    const before = await counts();

    // First look: the file names the model but not the hardware, so the mapping step must ask.
    const first = await upload({ dryRun: "true" }, { bytes: text, name });
    expect(first.status).toBe(200);
    expect(first.body.format).toBe("vllm");
    // --metadata gpu=H100-SXM5-80GB tp=1 state the accelerator and count; only the precision is missing.
    expect(first.body.missingFields).toEqual(["precision"]);
    expect(first.body.rows[0].submission).toMatchObject({ accelerator: "h100-sxm", acceleratorCount: 1 });
    // Every key of the file is in the row's key report.
    expect(first.body.rows[0].keys.map((k: { key: string }) => k.key).sort()).toEqual(Object.keys(source).sort());
    expect(first.body.rows[0].status).toBe("needs-mapping");
    expect(first.body.rows[0].submission.model).toBe("llama-3.1-8b");

    const preview = await upload({ dryRun: "true", ...defaults }, { bytes: text, name });
    expect(preview.status).toBe(200);
    expect(preview.body.missingFields).toEqual([]);
    const row = preview.body.rows[0] as Row;
    expect(row.status).toBe("ready");
    expect(row.submission).toMatchObject({
      model: "llama-3.1-8b",
      accelerator: "h100-sxm",
      acceleratorCount: 1,
      precision: "BF16",
      engine: "vLLM",
      concurrency,
      outputTokensPerSecond: source.output_throughput,
      ttftMsP50: source.median_ttft_ms,
      ttftMsP99: source.p99_ttft_ms,
      tpotMsP50: source.median_tpot_ms,
      tpotMsP99: source.p99_tpot_ms,
      inputTokens: 1024,
      outputTokens: 1024,
    });
    expect(row.submission.interactivityTokensPerSecondPerUser).toBeCloseTo(1000 / source.median_tpot_ms, 9);
    expect(row.submission.inputTokensPerSecond).toBeCloseTo(source.total_input_tokens / source.duration, 9);
    expect(row.findings.filter((f) => f.severity === "error")).toEqual([]);
    expect(row.costPreview?.available).toBe(true);
    expect(await counts()).toEqual(before);

    const imported = await upload({ dryRun: "false", ...defaults, sourceUrl: "https://example.com/vllm-runs" }, { bytes: text, name });
    expect(imported.status).toBe(201);
    expect(imported.body).toMatchObject({ parsed: 1, created: 1, skipped: [] });
    const created = await prisma.benchmarkSubmission.findUniqueOrThrow({ where: { id: imported.body.ids[0] } });
    expect(created).toMatchObject({
      status: "pending",
      importer: "vllm-bench-serve",
      sourceFileHash: sha256(text),
      submitterId: ids.identities.user.userId,
      ttftMsP50: source.median_ttft_ms,
      tpotMsP50: source.median_tpot_ms,
      outputTokensPerSecond: source.output_throughput,
      concurrency,
      sourceUrl: "https://example.com/vllm-runs",
    });
    const file = await prisma.importedFile.findFirstOrThrow({ where: { sha256: sha256(text) } });
    expect(file).toMatchObject({ format: "vllm", fileName: name, rowCount: 1, importedById: ids.identities.user.userId });
    expect(await counts()).toEqual({ submissions: before.submissions + 1, files: before.files + 1 });

    // The same file again is refused to its uploader, even as a dry run.
    const again = await upload({ dryRun: "false", ...defaults }, { bytes: text, name: `copy-of-${name}` });
    expect(again.status).toBe(409);
    expect(again.body.error.message).toMatch(
      /^You already imported this file on \d{4}-\d{2}-\d{2} as "vllm-bench-serve-llama3\.1-8b-c\d+\.json" \(1 rows, SHA-256 [0-9a-f]{12}…\): the same file cannot be imported twice$/,
    );
    expect((await upload({ dryRun: "true", ...defaults }, { bytes: text, name })).status).toBe(409);
    expect(await counts()).toEqual({ submissions: before.submissions + 1, files: before.files + 1 });
    // Someone else's upload of it blocks nobody else and tells them nothing about it.
    const other = await upload({ dryRun: "true", ...defaults }, { bytes: text, name: "mine.json" }, "teamAOwner");
    expect(other.status).toBe(200);
    expect(other.text).not.toContain(name);
  });

  it("reads a JSON Lines sweep (--append-result) as one row per concurrency", async () => {
    const text = readFixture("tests/fixtures/vllm/vllm-bench-serve-llama3.1-8b-sweep.jsonl");
    const sources = text
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line));
    const res = await upload({ dryRun: "true", ...defaults }, { bytes: text, name: "sweep.jsonl" });
    expect(res.status).toBe(200);
    expect(res.body.parsed).toBe(3);
    const rows = res.body.rows as Row[];
    expect(rows.map((r) => r.submission.concurrency)).toEqual([4, 16, 64]);
    rows.forEach((r, i) => {
      expect(r.submission.ttftMsP50).toBe(sources[i].median_ttft_ms);
      expect(r.submission.tpotMsP50).toBe(sources[i].median_tpot_ms);
      expect(r.outputTokensPerSecondPerAccelerator).toBe(sources[i].output_throughput);
    });
    // Throughput grows with concurrency while each user gets slower, as in any real sweep.
    expect(rows[0].outputTokensPerSecondPerAccelerator!).toBeLessThan(rows[2].outputTokensPerSecondPerAccelerator!);
    expect(rows[0].submission.tpotMsP50 as number).toBeLessThan(rows[2].submission.tpotMsP50 as number);
  });

  it("maps an old benchmark_serving.py result: its model id is the catalog's Llama 3 8B, and the form's model wins only as an explicit override", async () => {
    const text = readFixture("tests/fixtures/vllm/benchmark-serving-llama3-8b-rate2.json");
    const source = JSON.parse(text);
    // model_id "meta-llama/Meta-Llama-3-8B-Instruct" is an alias of llama-3-8b (seeded with the curated results).
    const bare = await upload({ dryRun: "true", ...defaults, model: "llama-3.1-8b" }, { bytes: text, name: "old.json" });
    expect(bare.status).toBe(200);
    expect(bare.body.rows[0].submission.model).toBe("llama-3-8b");
    expect((bare.body.rows[0].warnings as string[]).some((w) => w.startsWith('model: the file says "llama-3-8b", the form says "llama-3.1-8b"'))).toBe(true);
    const mapped = await upload(
      { dryRun: "true", defaults: JSON.stringify({ ...defaults, acceleratorCount: 1, model: "llama-3.1-8b" }), overrides: "model" },
      { bytes: text, name: "old.json" },
    );
    expect(mapped.status).toBe(200);
    expect(mapped.body.missingFields).toEqual([]);
    const row = mapped.body.rows[0] as Row;
    expect(row.status).toBe("ready");
    expect(row.submission).toMatchObject({
      model: "llama-3.1-8b",
      outputTokensPerSecond: source.output_throughput,
      ttftMsP50: source.median_ttft_ms,
      tpotMsP50: source.median_tpot_ms,
    });
    expect(row.submission.concurrency).toBeUndefined();
  });

  it("keeps the file's accelerator over the form's, with a warning showing both, and lets an override win", async () => {
    // A trailing newline: another SHA-256 than the copy imported above.
    const text = `${readFixture("tests/fixtures/vllm/vllm-bench-serve-llama3.1-8b-c4.json")}\n`;
    const kept = await upload({ dryRun: "true", accelerator: "mi300x", precision: "BF16" }, { bytes: text, name: "c4.json" });
    expect(kept.body.rows[0].submission.accelerator).toBe("h100-sxm");
    expect(kept.body.rows[0].warnings).toContain(
      'accelerator: the file says "h100-sxm", the form says "mi300x"; the file\'s value is kept. Tick "use the form\'s value" for accelerator to override it.',
    );
    const overridden = await upload({ dryRun: "true", accelerator: "mi300x", precision: "BF16", overrides: "accelerator" }, { bytes: text, name: "c4.json" });
    expect(overridden.body.rows[0].submission.accelerator).toBe("mi300x");
    const bad = await upload({ dryRun: "true", overrides: "colour" }, { bytes: text, name: "c4.json" });
    expect(bad.status).toBe(422);
    expect(bad.body.errors).toEqual([
      { path: "overrides", message: 'Unknown override "colour"; allowed: model, accelerator, acceleratorCount, precision, engine, engineVersion, sourceUrl' },
    ]);
  });

  it("imports an MLPerf LoadGen summary with its system description file", async () => {
    const form = new FormData();
    form.set("file", new Blob([readFixture("tests/fixtures/formats/mlperf_log_summary.txt")]), "llama2-70b-99__Server__mlperf_log_summary.txt");
    form.set("systemFile", new Blob([readFixture("tests/fixtures/formats/mlperf-system.json")]), "system.json");
    form.set("dryRun", "true");
    form.set("precision", "FP8");
    const res = await callRoute(postImport, "/api/v1/imports", { method: "POST", headers: ids.authHeaders("user"), body: form });
    expect(res.status).toBe(200);
    expect(res.body.format).toBe("mlperf-log");
    const row = res.body.rows[0] as Row;
    expect(row.submission).toMatchObject({
      model: "llama-2-70b",
      accelerator: "mi300x",
      acceleratorCount: 8,
      outputTokensPerSecond: 3000.5,
      ttftMsP50: 400,
      tpotMsP50: 100,
    });
    // 3000.5 tok/s over 8 accelerators
    expect(row.outputTokensPerSecondPerAccelerator).toBeCloseTo(375.0625, 9);
  });
});

describe("POST /api/v1/imports: refusals", () => {
  it("refuses a file over 10 MB with 413 and a clear message", async () => {
    const before = await counts();
    const big = "x".repeat(10 * 1024 * 1024 + 1);
    const res = await upload({ dryRun: "false" }, { bytes: big, name: "big.csv" });
    expect(res.status).toBe(413);
    expect(res.body.errors[0].message).toMatch(/files may be at most 10\.0 MB/);
    expect(await counts()).toEqual(before);
  });

  it("answers 422 with paths for bad fields, bad defaults and unreadable files; 401/403 without rights", async () => {
    const before = await counts();
    const csv = "model,accelerator\nllama-3.1-8b,h100-sxm\n";
    const badFields = await upload({ format: "xml", dryRun: "maybe", colour: "red" }, { bytes: csv, name: "a.csv" });
    expect(badFields.status).toBe(422);
    expect(badFields.body.errors.map((e: { path: string }) => e.path).sort()).toEqual(["colour", "dryRun", "format"]);
    const badDefaults = await upload({ acceleratorCount: "-2", model: "not-a-model" }, { bytes: csv, name: "a.csv" });
    expect(badDefaults.status).toBe(422);
    expect(badDefaults.body.errors).toEqual([{ path: "defaults.acceleratorCount", message: "Accelerator count must be at least 1" }]);
    const unknownModel = await upload({ model: "not-a-model" }, { bytes: csv, name: "a.csv" });
    expect(unknownModel.status).toBe(422);
    expect(unknownModel.body.errors).toEqual([{ path: "defaults.model", message: 'Unknown model "not-a-model": use a slug from /api/v1/models' }]);
    const noFile = await upload({ dryRun: "true" }, null);
    expect(noFile.status).toBe(422);
    expect(noFile.body.errors).toEqual([{ path: "file", message: "file is required: attach the results file" }]);
    const empty = await upload({}, { bytes: "", name: "empty.json" });
    expect(empty.status).toBe(422);
    const binary = await upload({}, { bytes: new Uint8Array([0xff, 0xfe, 0x00, 0x81]), name: "x.bin" });
    expect(binary.status).toBe(422);
    expect(binary.body.errors[0].message).toContain("not UTF-8 text");
    const unknownFormat = await upload({}, { bytes: "hello world", name: "notes.txt" });
    expect(unknownFormat.status).toBe(422);
    expect(unknownFormat.body.errors[0].path).toBe("format");
    const brokenJson = await upload({ format: "vllm" }, { bytes: '{"output_throughput": 12', name: "r.json" });
    expect(brokenJson.status).toBe(422);
    expect(brokenJson.body.errors[0].message).toMatch(/^The file is not valid JSON/);
    const notMultipart = await callRoute(postImport, "/api/v1/imports", {
      method: "POST",
      headers: { "content-type": "application/json", ...ids.authHeaders("user") },
      body: "{}",
    });
    expect(notMultipart.status).toBe(415);
    const brokenMultipart = await callRoute(postImport, "/api/v1/imports", {
      method: "POST",
      headers: { "content-type": "multipart/form-data; boundary=abc", ...ids.authHeaders("user") },
      body: '--abc\r\nContent-Disposition: form-data; name="file"\r\n\r\nunterminated',
    });
    expect(brokenMultipart.status).toBe(400);
    expect((await upload({}, { bytes: csv, name: "a.csv" }, "anonymous")).status).toBe(401);
    expect((await upload({}, { bytes: csv, name: "a.csv" }, "tokenWithoutScope")).status).toBe(403);
    expect(await counts()).toEqual(before);
  });

  it("imports a TokenCost CSV partially: valid rows created, each bad row reported with its reason", async () => {
    const template = await callRoute(getTemplate, "/submit/template.csv");
    expect(template.status).toBe(200);
    expect(template.headers.get("content-type")).toContain("text/csv");
    const header = template.text.trim();
    const columns = header.split(",");
    const line = (values: Record<string, string>) => columns.map((c) => values[c] ?? "").join(",");
    const base = {
      model: "llama-3.1-8b",
      accelerator: "h100-sxm",
      acceleratorCount: "1",
      precision: "FP8",
      engine: "SGLang",
      outputTokensPerSecond: "1500",
      concurrency: "8",
    };
    const csv = [
      header,
      line(base),
      line({ ...base, outputTokensPerSecond: "-3" }),
      line({ ...base, model: "unknown-model" }),
      line({ ...base, concurrency: "32", outputTokensPerSecond: "4200" }),
      line({ ...base, accelerator: "" }),
    ].join("\n");
    const before = await counts();
    const res = await upload({ dryRun: "false" }, { bytes: csv, name: "mine.csv" });
    expect(res.status).toBe(201);
    expect(res.body.format).toBe("csv");
    expect(res.body.parsed).toBe(5);
    expect(res.body.created).toBe(2);
    expect(res.body.skipped).toEqual([
      { row: 2, reason: "Row 2: outputTokensPerSecond: Output tokens per second must be greater than 0 tok/s" },
      { row: 3, reason: 'Row 3: model: Unknown model "unknown-model": use a slug from /api/v1/models' },
      { row: 5, reason: "Row 5 lacks accelerator: give it in the mapping step (defaults)" },
    ]);
    const rows = await prisma.benchmarkSubmission.findMany({ where: { id: { in: res.body.ids } }, orderBy: { concurrency: "asc" } });
    expect(rows.map((r) => [r.concurrency, r.outputTokensPerSecond, r.engine, r.importer])).toEqual([
      [8, 1500, "SGLang", "tokencost-csv"],
      [32, 4200, "SGLang", "tokencost-csv"],
    ]);
    expect(await counts()).toEqual({ submissions: before.submissions + 2, files: before.files + 1 });
  });

  it("writes nothing and answers 422 when no row of a real import is usable", async () => {
    const before = await counts();
    const text = readFixture("tests/fixtures/vllm/vllm-bench-serve-llama3.1-8b-c4.json").replace('"max_concurrency": 4', '"max_concurrency": 5');
    const res = await upload({ dryRun: "false" }, { bytes: text, name: "no-hardware.json" });
    expect(res.status).toBe(422);
    expect(res.body.errors[0].message).toMatch(/^No row of the file can be imported \(1 skipped\)/);
    expect(res.body.skipped[0].reason).toBe("Row 1 lacks precision: give it in the mapping step (defaults)");
    expect(await counts()).toEqual(before);
  });
});
