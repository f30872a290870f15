import { NextResponse } from "next/server";

import { authenticateRequest } from "@/lib/auth/api-auth";
import { clientIpFromHeaders } from "@/lib/auth/client-ip";
import { importResultsFile } from "@/lib/data/imports/import-results-file";
import { readImportUpload } from "@/lib/data/imports/read-import-upload";
import { withErrors } from "@/lib/http/handler";
import { json } from "@/lib/http/json";
import { importReportResponseSchema } from "@/lib/validation/responses";

export const POST = withErrors(async (request) => {
  const caller = await authenticateRequest(request, { scope: "submissions:write", allowSession: true });
  const upload = await readImportUpload(request);
  const { report, nothingToCreate } = await importResultsFile({ user: caller.user, ...upload, ip: clientIpFromHeaders(request.headers) });
  if (!report.dryRun && nothingToCreate) {
    return NextResponse.json(
      {
        errors: [{ path: "file", message: `No row of the file can be imported (${report.skipped.length} skipped): see skipped for each row's reason` }],
        ...report,
      },
      { status: 422 },
    );
  }
  return json(importReportResponseSchema, report, { status: report.dryRun ? 200 : 201 });
});
