import { describe, expect, it } from "vitest";

import { GET as getOfferings } from "@/app/api/v1/offerings/route";
import { OFFERINGS_MAX_PAGE_SIZE, OFFERINGS_PAGE_SIZE } from "@/lib/validation/catalog";
import { callRoute } from "@/tests/support/call-route";

type Page = { total: number; page: number; pageSize: number; pageCount: number; offerings: { slug: string }[] };

async function page(query: string): Promise<Page> {
  const res = await callRoute(getOfferings, `/api/v1/offerings?${query}`);
  expect(res.status, query).toBe(200);
  return res.body;
}

describe("offerings list paginated on the server", () => {
  it("pages through the sorted list: every offering once, in order, pages of the size asked", async () => {
    const all = await page(`sort=name&dir=asc&pageSize=${OFFERINGS_MAX_PAGE_SIZE}`);
    expect(all.total).toBeGreaterThan(20);
    expect(all.offerings).toHaveLength(Math.min(all.total, OFFERINGS_MAX_PAGE_SIZE));

    const pageSize = 7;
    const first = await page(`sort=name&dir=asc&pageSize=${pageSize}`);
    expect(first).toMatchObject({ total: all.total, page: 1, pageSize, pageCount: Math.ceil(all.total / pageSize) });
    const seen: string[] = [];
    for (let n = 1; n <= first.pageCount; n++) {
      const p = await page(`sort=name&dir=asc&pageSize=${pageSize}&page=${n}`);
      expect(p.page).toBe(n);
      expect(p.offerings.length).toBe(n < first.pageCount ? pageSize : all.total - pageSize * (first.pageCount - 1));
      seen.push(...p.offerings.map((o) => o.slug));
    }
    expect(seen).toEqual(all.offerings.map((o) => o.slug));
  });

  it("defaults to the first page of the default size, and filters before paging", async () => {
    const byDefault = await page("");
    expect(byDefault.page).toBe(1);
    expect(byDefault.pageSize).toBe(OFFERINGS_PAGE_SIZE);
    expect(byDefault.offerings.length).toBe(Math.min(byDefault.total, OFFERINGS_PAGE_SIZE));

    const cloud = await page("kind=cloud&pageSize=5&page=2");
    expect(cloud.offerings.every((o) => (o as { kind?: string }).kind === "cloud")).toBe(true);
    expect(cloud.total).toBeLessThan(byDefault.total);
  });

  it("answers a page past the last with the last page", async () => {
    const first = await page("pageSize=10");
    const past = await page(`pageSize=10&page=${first.pageCount + 50}`);
    expect(past.page).toBe(first.pageCount);
    expect(past.offerings.length).toBeGreaterThan(0);
    expect(past.offerings).toEqual((await page(`pageSize=10&page=${first.pageCount}`)).offerings);
  });

  it("rejects a malformed page or page size with 400 and the field, never a 500", async () => {
    const cases: [string, string][] = [
      ["page=0", "page"],
      ["page=-1", "page"],
      ["page=abc", "page"],
      ["page=1.5", "page"],
      ["page=1e3", "page"],
      ["page=99999999999", "page"],
      ["pageSize=0", "pageSize"],
      [`pageSize=${OFFERINGS_MAX_PAGE_SIZE + 1}`, "pageSize"],
      ["pageSize=ten", "pageSize"],
    ];
    for (const [query, path] of cases) {
      const res = await callRoute(getOfferings, `/api/v1/offerings?${query}`);
      expect(res.status, query).toBe(400);
      expect(
        res.body.errors.map((e: { path: string }) => e.path),
        query,
      ).toContain(path);
      expect(res.body.errors[0].message.length, query).toBeGreaterThan(0);
    }
  });
});
