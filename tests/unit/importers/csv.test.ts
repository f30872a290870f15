import { describe, expect, it } from "vitest";

import { buildCsvTemplate, parseSubmissionCsv, TEMPLATE_CSV_HEADER } from "@/lib/importers/csv";

const header = "model,accelerator,acceleratorCount,precision,engine,outputTokensPerSecond";

describe("TokenCost CSV template", () => {
  it("names every submission field, features flattened with their path", () => {
    const columns = TEMPLATE_CSV_HEADER.split(",");
    expect(columns.slice(0, 7)).toEqual([
      "model",
      "accelerator",
      "acceleratorCount",
      "prefillAcceleratorCount",
      "decodeAcceleratorCount",
      "precision",
      "engine",
    ]);
    expect(columns).toContain("features.speculativeDecoding");
    expect(columns).toContain("features.expertParallelism");
    expect(columns).toHaveLength(27);
    expect(buildCsvTemplate()).toBe(TEMPLATE_CSV_HEADER + "\n");
  });

  it("round-trips example rows through the parser", () => {
    const example = {
      model: "llama-3.1-70b",
      accelerator: "mi300x",
      acceleratorCount: 8,
      precision: "FP8" as const,
      engine: "vLLM",
      engineVersion: "0.9.0",
      concurrency: 64,
      outputTokensPerSecond: 9876.5,
      ttftMsP50: 120,
      ttftMsP99: 410,
      features: { speculativeDecoding: "eagle3" as const, kvCacheOffload: false, expertParallelism: 8 },
      notes: 'Notes with a comma, a "quote"\nand a new line',
    };
    const result = parseSubmissionCsv(buildCsvTemplate([example]));
    expect(result.error).toBeUndefined();
    expect(result.skipped).toEqual([]);
    expect(result.drafts).toHaveLength(1);
    expect(result.drafts[0].input).toEqual(example);
    expect(result.drafts[0].missing).toEqual([]);
  });
});

describe("parseSubmissionCsv", () => {
  it("converts cells: numbers, booleans, lowercase precision, empty cells as absent", () => {
    const csv = [
      `${header},features.disaggregated,prefillAcceleratorCount,decodeAcceleratorCount,features.kvCacheOffload,ttftMsP99`,
      "llama-3.1-8b,h100-sxm,8,fp8,SGLang,12000.5,yes,2,6,no,",
    ].join("\n");
    const result = parseSubmissionCsv(csv);
    expect(result.skipped).toEqual([]);
    expect(result.drafts[0].input).toEqual({
      model: "llama-3.1-8b",
      accelerator: "h100-sxm",
      acceleratorCount: 8,
      precision: "FP8",
      engine: "SGLang",
      outputTokensPerSecond: 12000.5,
      prefillAcceleratorCount: 2,
      decodeAcceleratorCount: 6,
      features: { disaggregated: true, kvCacheOffload: false },
    });
  });

  it("reports row errors with 1-based data row numbers and field paths", () => {
    const csv = [
      `${header},features.expertParallelism,sourceUrl`,
      "llama-3.1-8b,h100-sxm,8,FP8,vLLM,1000,,",
      "llama-3.1-8b,h100-sxm,-2,FP9,vLLM,fast,0.5,ftp://example.org",
      "llama-3.1-8b,h100-sxm,8,BF16,vLLM,2000,,",
    ].join("\n");
    const result = parseSubmissionCsv(csv);
    expect(result.drafts.map((d) => d.row)).toEqual([1, 3]);
    expect(result.skipped).toHaveLength(1);
    const skipped = result.skipped[0];
    expect(skipped.row).toBe(2);
    expect(skipped.errors).toEqual([
      { path: "acceleratorCount", message: "Accelerator count must be at least 1" },
      { path: "precision", message: 'Precision must be one of BF16, FP16, FP8, FP6, FP4, INT8, INT4, not the text "FP9"' },
      { path: "outputTokensPerSecond", message: 'Output tokens per second must be a number, not the text "fast"' },
      { path: "features.expertParallelism", message: "Expert parallelism must be a whole number" },
      { path: "sourceUrl", message: "Source URL must be an http:// or https:// link" },
    ]);
    expect(skipped.reason).toMatch(/^Row 2: acceleratorCount: Accelerator count must be at least 1; precision: /);
  });

  it("reports cross-field problems on the row", () => {
    const csv = [`${header},features.disaggregated,prefillAcceleratorCount,decodeAcceleratorCount`, "llama-3.1-8b,h100-sxm,8,FP8,vLLM,1000,true,2,4"].join(
      "\n",
    );
    const result = parseSubmissionCsv(csv);
    expect(result.skipped).toEqual([
      {
        row: 1,
        reason: "Row 1: acceleratorCount: Accelerator count (8) must equal prefill + decode accelerators (2 + 4 = 6)",
        errors: [{ path: "acceleratorCount", message: "Accelerator count (8) must equal prefill + decode accelerators (2 + 4 = 6)" }],
      },
    ]);
  });

  it("leaves required fields to defaults and lists what is still missing", () => {
    const csv = ["model,outputTokensPerSecond,concurrency", "llama-3.1-8b,1500,16", "llama-3.1-8b,2500,32"].join("\n");
    const bare = parseSubmissionCsv(csv);
    expect(bare.drafts[0].missing).toEqual(["accelerator", "acceleratorCount", "precision", "engine"]);
    const withDefaults = parseSubmissionCsv(csv, { defaults: { accelerator: "h100-sxm", acceleratorCount: 1, precision: "BF16", engine: "vLLM" } });
    expect(withDefaults.drafts.map((d) => d.missing)).toEqual([[], []]);
    expect(withDefaults.drafts[1].input).toMatchObject({ accelerator: "h100-sxm", concurrency: 32, outputTokensPerSecond: 2500 });
  });

  it("refuses unknown or duplicate columns for the whole file, naming them", () => {
    const unknown = parseSubmissionCsv("model,output_throughput,gpu\nx,1,h100");
    expect(unknown.drafts).toEqual([]);
    // ", " between the template's names lets the list wrap on a phone.
    expect(unknown.error).toMatch(/^The CSV header has unknown columns "output_throughput", "gpu"\. Use the template's columns: model, accelerator, /);
    const duplicate = parseSubmissionCsv("model,model\nx,y");
    expect(duplicate.error).toMatch(/^The CSV header has duplicate column "model"\./);
  });

  it("accepts header names in any case and bare feature names", () => {
    const result = parseSubmissionCsv(
      "Model,ACCELERATOR,AcceleratorCount,precision,engine,outputTokensPerSecond,speculativeDecoding\nllama-3.1-8b,h100-sxm,1,BF16,vLLM,900,mtp",
    );
    expect(result.drafts[0].input).toMatchObject({ model: "llama-3.1-8b", accelerator: "h100-sxm", features: { speculativeDecoding: "mtp" } });
  });

  it("reads semicolon-separated files as spreadsheets in some locales write them", () => {
    const result = parseSubmissionCsv(`${header.replaceAll(",", ";")}\nllama-3.1-8b;h100-sxm;1;BF16;vLLM;900`);
    expect(result.drafts[0].input.outputTokensPerSecond).toBe(900);
  });

  it("skips rows with the wrong number of cells, by row", () => {
    const csv = [
      header,
      "llama-3.1-8b,h100-sxm,1,BF16",
      "",
      "llama-3.1-8b,h100-sxm,1,BF16,vLLM,900,extra",
      "llama-3.1-8b,h100-sxm,1,BF16,vLLM,900,",
      'llama-3.1-8b,h100-sxm,1,BF16,"vLLM",950',
    ].join("\n");
    const result = parseSubmissionCsv(csv);
    expect(result.drafts.map((d) => d.row)).toEqual([3, 4]);
    expect(result.skipped).toEqual([
      { row: 1, reason: "Row 1 has 4 cells but the header has 6 columns" },
      { row: 2, reason: "Row 2 has 7 cells but the header has 6 columns" },
    ]);
  });

  it("refuses the whole file over a broken quote, naming its row and line instead of the damage it does", () => {
    // The user's file: the header's third name opens a quote, so the rest of the file became one column name.
    const header3 = parseSubmissionCsv('model,accelerator,"acceleratorCount\nllama-3.1-8b,"h100-sxm,1,,,FP8\n"unterminated');
    expect(header3).toEqual({
      drafts: [],
      skipped: [],
      error:
        'The CSV header (line 1) has a quote (") that is never closed: the cell starting “acceleratorCount” runs to the end of the file. Close the quote or remove it, then upload the file again.',
    });
    // In a data row it would swallow every later row: the file is refused, not the row skipped.
    const row = parseSubmissionCsv(
      [header, "llama-3.1-8b,h100-sxm,1,BF16,vLLM,900", 'llama-3.1-8b,"h100-sxm,8,FP8,vLLM,12000', "llama-3.1-8b,h100-sxm,1,BF16,vLLM,900"].join("\n"),
    );
    expect(row.drafts).toEqual([]);
    expect(row.error).toBe(
      'Row 2 (line 3) has a quote (") that is never closed: the cell starting “h100-sxm,8,FP8,vLLM,12000” runs to the end of the file. Close the quote or remove it, then upload the file again.',
    );
    // Lines are the file's own: a spreadsheet's "sep=" line and a BOM count, CRLF ends count once,
    // and a long cell is cut short.
    const crlf = parseSubmissionCsv(
      `\uFEFFsep=,\r\n${header}\r\nllama-3.1-8b,h100-sxm,1,BF16,vLLM,900\r\n\r\nllama-3.1-8b,h100-sxm,1,BF16,vLLM,"900 tok/s measured over ten minutes\r\n`,
    );
    expect(crlf.error).toMatch(/^Row 2 \(line 5\) has a quote \("\) that is never closed: the cell starting “900 tok\/s measured over ten m…” runs/);
    // Text after a closing quote makes papaparse read on into the next line: refused as well.
    const trailing = parseSubmissionCsv([header, 'llama-3.1-8b,h100-sxm,"1"x,BF16,vLLM,900', 'llama-3.1-8b,h100-sxm,1,BF16,"vLLM",950'].join("\n"));
    expect(trailing).toEqual({
      drafts: [],
      skipped: [],
      error:
        'Row 1 (line 2) has text after a closing quote (") in the cell starting “1"x,BF16,vLLM,900”, so the lines after it may be read as part of that cell. Put the whole cell in quotes and write each quote inside it twice (""), then upload the file again.',
    });
  });

  it("explains empty files and header-only files", () => {
    expect(parseSubmissionCsv("")).toEqual({ drafts: [], skipped: [], error: "The file is empty" });
    expect(parseSubmissionCsv(`${header}\n`).error).toBe("The CSV has a header but no data rows");
    expect(parseSubmissionCsv(`\uFEFF${header}\nllama-3.1-8b,h100-sxm,1,BF16,vLLM,900\n`).drafts).toHaveLength(1);
  });
});
