import {
  importReportResponseSchema,
  reviewResponseSchema,
  revisionListResponseSchema,
  scenarioListResponseSchema,
  scenarioResponseSchema,
  submissionCreatedResponseSchema,
  submissionResponseSchema,
} from "@/lib/validation/responses";
import { reviewDecisionSchema } from "@/lib/validation/review";
import { scenarioBodySchema, updateScenarioBodySchema } from "@/lib/validation/scenario";
import { revisionQuerySchema } from "@/lib/validation/scenario-query";
import { submissionApiBodySchema } from "@/lib/validation/submission-api-doc";

import type { Operation } from "./build-openapi";
import { importUploadDocSchema } from "./import-upload-doc";

// Operations of the submissions, scenarios and tokens APIs register here, next to their own schemas.
export const API_OPERATIONS_EXTRA: Operation[] = [
  {
    method: "get",
    path: "/api/v1/scenarios",
    summary: "Your private scenarios and your teams' scenarios",
    tags: ["scenarios"],
    security: ["scenarios:read"],
    response: scenarioListResponseSchema,
    responses: {
      "200": "{scenarios:[{id,name,visibility,team,owner,latestRevision,updatedAt,canEdit,isDefault}]}",
      "401": "Not signed in / bad token",
      "403": "Token lacks scenarios:read",
    },
  },
  {
    method: "post",
    path: "/api/v1/scenarios",
    summary: "Save a scenario (revision 1); team scenarios need owner/admin rights in the team",
    tags: ["scenarios"],
    body: scenarioBodySchema,
    security: ["scenarios:write"],
    response: scenarioResponseSchema,
    responses: {
      "201": "{scenario}",
      "401": "Not signed in / bad token",
      "403": "Token lacks scenarios:write, or not an owner/admin of the team",
      "422": "Invalid body: {errors:[{path,message}]}, e.g. params.utilization",
    },
  },
  {
    method: "get",
    path: "/api/v1/scenarios/{id}",
    summary: "One scenario with the parameters of its latest revision (or ?revision=n)",
    tags: ["scenarios"],
    query: revisionQuerySchema,
    security: ["scenarios:read"],
    response: scenarioResponseSchema,
    responses: { "200": "{scenario}", "401": "Not signed in / bad token", "403": "Token lacks scenarios:read", "404": "Missing, or not readable by you" },
  },
  {
    method: "put",
    path: "/api/v1/scenarios/{id}",
    summary: "Edit a scenario: adds a revision (earlier revisions never change); expectedRevision guards against concurrent edits",
    tags: ["scenarios"],
    body: updateScenarioBodySchema,
    security: ["scenarios:write"],
    response: scenarioResponseSchema,
    responses: {
      "200": "{scenario} at its new revision",
      "401": "Not signed in / bad token",
      "403": "Token lacks scenarios:write, or you may read but not edit it",
      "404": "Missing, or not readable by you",
      "409": "expectedRevision is not the latest revision",
      "422": "Invalid body: {errors:[{path,message}]}",
    },
  },
  {
    method: "delete",
    path: "/api/v1/scenarios/{id}",
    summary: "Delete a scenario and its revisions",
    tags: ["scenarios"],
    security: ["scenarios:write"],
    responses: {
      "204": "Deleted",
      "401": "Not signed in / bad token",
      "403": "Token lacks scenarios:write, or you may not edit it",
      "404": "Missing, or not readable by you",
    },
  },
  {
    method: "get",
    path: "/api/v1/scenarios/{id}/revisions",
    summary: "Revision history, newest first: author, date, parameters and what changed from the previous revision",
    tags: ["scenarios"],
    security: ["scenarios:read"],
    response: revisionListResponseSchema,
    responses: {
      "200": "{revisions:[{revision,createdAt,author,params,changes:[{key,label,before,after}]}]}",
      "401": "Not signed in / bad token",
      "403": "Token lacks scenarios:read",
      "404": "Missing, or not readable by you",
    },
  },
  {
    method: "post",
    path: "/api/v1/submissions",
    summary: "Submit one benchmark result, or {submissions:[...]} up to 1,000, all or nothing; each is physics-checked and waits for a moderator",
    tags: ["submissions"],
    body: submissionApiBodySchema,
    security: ["submissions:write"],
    response: submissionCreatedResponseSchema,
    responses: {
      "201": "One: {id, ids, status: pending|flagged, findings}. Batch: {ids, status: pending|flagged|mixed, statuses, findings:[[...]]}",
      "400": "Body is not JSON",
      "401": "Not signed in / bad token",
      "403": "Token lacks submissions:write, or cross-site request",
      "413": "Body over 8 MB",
      "415": "Body not sent as application/json",
      "422":
        "Invalid body, nothing written: {errors:[{path,message}]} with paths such as submissions.3.outputTokensPerSecond; unknown model/accelerator slugs included",
    },
  },
  {
    method: "get",
    path: "/api/v1/submissions/{id}",
    summary: "One submission with status, findings, review note and provenance (pending, flagged and rejected ones only to their submitter and moderators)",
    tags: ["submissions"],
    response: submissionResponseSchema,
    responses: { "200": "{submission}", "401": "Bad token", "404": "Missing, or not visible to you" },
  },
  {
    method: "post",
    path: "/api/v1/submissions/{id}/review",
    summary: "Approve or reject a pending or flagged submission (moderators); decided exactly once, audit-logged",
    tags: ["submissions"],
    body: reviewDecisionSchema,
    security: ["submissions:review"],
    response: reviewResponseSchema,
    responses: {
      "200": "{submission:{id,status,reviewNote,reviewedAt}}",
      "401": "Not signed in / bad token",
      "403": "Token lacks submissions:review, not a moderator, or your own submission",
      "404": "No such submission",
      "409": "Already decided",
      "422": "Invalid body: {errors:[{path,message}]} (a note is required to reject)",
    },
  },
  {
    method: "post",
    path: "/api/v1/imports",
    summary:
      "Import a results file (multipart/form-data): file (vLLM/SGLang serving benchmark JSON/JSON Lines, vLLM nightly tables, guidellm CSV, LLMPerf, " +
      "genai-perf/AIPerf, MLPerf summary JSON/CSV or mlperf_log_summary.txt, TokenCost CSV; up to 10 MB; recognised by its keys), optional systemFile " +
      "(MLPerf system description JSON), format=auto|vllm|vllm-nightly|guidellm|llmperf|genai-perf|mlperf|mlperf-log|csv, dryRun=true to preview " +
      "without writing, defaults for what the file lacks (model, accelerator, acceleratorCount, precision, engine, engineVersion, sourceUrl as fields " +
      "or a JSON object in defaults); the file wins over defaults unless the field is listed in overrides (e.g. overrides=model,accelerator). " +
      "Each report row lists every source key as mapped, converted (with its unit) or ignored, and warnings where file and form disagree",
    tags: ["submissions"],
    multipartBody: importUploadDocSchema,
    security: ["submissions:write"],
    response: importReportResponseSchema,
    responses: {
      "200":
        "Dry run: {format, fileSha256, parsed, created:0, ready, flagged, skipped:[{row,reason}], rows:[{row,status,submission,findings,costPreview,keys:[{key,fate,field,unit,note}],warnings,...}], missingFields, missingRows:[{fields,rows,rowCount,wholeFile}]}",
      "201": "Imported: the same report with created and ids",
      "400": 'Malformed multipart body: {errors:[{path:"(body)",message}]}',
      "401": "Not signed in / bad token",
      "403": "Token lacks submissions:write, or cross-site request",
      "409": "You already imported the same file (SHA-256)",
      "413": "File over 10 MB: {errors}",
      "415": 'Any other content type (e.g. application/json): {errors:[{path:"(body)",message}]}; send multipart/form-data with a file part',
      "422": "Bad fields, unreadable file, or no importable row: {errors:[{path,message}]} (plus the report when rows were read)",
    },
  },
];
