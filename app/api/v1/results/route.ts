import { NextResponse } from "next/server";

import { listResults } from "@/lib/data/results/list-results";
import { parseQuery, withErrors } from "@/lib/http/handler";
import { json } from "@/lib/http/json";
import { resultsToCsv, serializeResult } from "@/lib/serializers/results";
import { resultsResponseSchema } from "@/lib/validation/responses";
import { resultsQuerySchema } from "@/lib/validation/results-query";

export const GET = withErrors(async (request) => {
  const { format, ...query } = parseQuery(resultsQuerySchema, request.url);
  const page = await listResults(query);
  const results = page.results.map(serializeResult);
  if (format === "csv") {
    return new NextResponse(resultsToCsv(results), {
      headers: {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": 'attachment; filename="tokencost-results.csv"',
        "X-Total-Count": String(page.total),
      },
    });
  }
  return json(resultsResponseSchema, { total: page.total, page: page.page, pageSize: page.pageSize, pageCount: page.pageCount, results });
});
