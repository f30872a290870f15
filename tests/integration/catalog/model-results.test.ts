// A model page's results: every approved result, one server-side page at a time (the page once listed
// the first 500 and silently dropped the rest), pending ones never, a page past the last → the last.
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { getModel } from "@/lib/data/catalog/get-model";
import { RESULTS_SECTION_PAGE_SIZE } from "@/lib/data/results/list-results";
import { db } from "@/lib/db";
import { createAccelerator, createModel, createSubmission } from "@/prisma/seed/factories";

const SLUG = "test-paginated-model";
let acceleratorId = "";
const APPROVED = RESULTS_SECTION_PAGE_SIZE * 2 + 3;

describe("model page results", () => {
  beforeAll(async () => {
    const model = await createModel(db, { slug: SLUG, name: "Test paginated model" });
    // An accelerator of its own, so the results rank nowhere another test looks.
    const accelerator = await createAccelerator(db);
    acceleratorId = accelerator.id;
    for (let i = 0; i < APPROVED; i++) {
      await createSubmission(db, { modelId: model.id, acceleratorId: accelerator.id, outputTokensPerSecond: 1000 + i, status: "approved" });
    }
    await createSubmission(db, { modelId: model.id, acceleratorId: accelerator.id, outputTokensPerSecond: 99_999, status: "pending" });
  });

  afterAll(async () => {
    await db.benchmarkSubmission.deleteMany({ where: { model: { slug: SLUG } } });
    await db.model.deleteMany({ where: { slug: SLUG } });
    await db.accelerator.deleteMany({ where: { id: acceleratorId } });
  });

  it("pages through every approved result once, fastest first, without the pending one", async () => {
    const first = await getModel({ slug: SLUG });
    expect(first.results).toMatchObject({ total: APPROVED, page: 1, pageSize: RESULTS_SECTION_PAGE_SIZE, pageCount: 3 });
    const seen: number[] = [];
    for (let page = 1; page <= first.results.pageCount; page++) {
      const { results } = await getModel({ slug: SLUG, page });
      expect(results.page).toBe(page);
      seen.push(...results.results.map((r) => r.outputTokensPerSecond));
    }
    expect(seen).toHaveLength(APPROVED);
    expect(seen).toEqual([...seen].sort((a, b) => b - a));
    expect(seen).not.toContain(99_999);
  });

  it("answers a page past the last with the last page", async () => {
    const past = await getModel({ slug: SLUG, page: 40 });
    const last = await getModel({ slug: SLUG, page: 3 });
    expect(past.results.page).toBe(3);
    expect(past.results.results.map((r) => r.id)).toEqual(last.results.results.map((r) => r.id));
    expect(past.results.results).toHaveLength(3);
  });
});
