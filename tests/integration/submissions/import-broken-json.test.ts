import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { POST as postImport } from "@/app/api/v1/imports/route";
import { createPrismaClient, type PrismaClient } from "@/lib/db/client";
import { callRoute } from "@/tests/support/call-route";
import { createIdentities, type Identities } from "@/tests/support/identities";

import { multipartPost } from "./submission-fixtures";

let prisma: PrismaClient;
let ids: Identities;

beforeAll(async () => {
  prisma = createPrismaClient();
  ids = await createIdentities(prisma);
});
afterAll(async () => {
  await prisma.$disconnect();
});

const upload = (text: string, name: string) =>
  callRoute(postImport, "/api/v1/imports", multipartPost({ dryRun: "false" }, { bytes: text, name }, ids.authHeaders("user")));
const counts = async () => ({ submissions: await prisma.benchmarkSubmission.count(), files: await prisma.importedFile.count() });

describe("POST /api/v1/imports with format detection on a broken JSON file", () => {
  it("says the file is not valid JSON (not that its format is unknown) and writes nothing", async () => {
    const before = await counts();
    // A benchmark killed while writing its result: the keys that name the format never made it.
    const truncated = await upload('{"model_id": "meta-llama/Llama-3.1-8B-Instruct", "completed": ', "result.json");
    expect(truncated.status).toBe(422);
    expect(truncated.body.errors).toHaveLength(1);
    expect(truncated.body.errors[0].path).toBe("file");
    expect(truncated.body.errors[0].message).toMatch(/^The file is not valid JSON: .+\. Upload the file your benchmark tool wrote, complete and unedited\.$/);

    const brokenArray = await upload('[{"model": "x"}, {"model": ', "results.json");
    expect(brokenArray.status).toBe(422);
    expect(brokenArray.body.errors[0]).toMatchObject({ path: "file", message: expect.stringMatching(/^The file is not valid JSON/) });
    expect(await counts()).toEqual(before);
  });

  it("still asks for the format when the JSON is valid but its keys are none it knows", async () => {
    const before = await counts();
    const unknown = await upload('{"tokens_per_second": 12, "gpu": "h100"}', "mine.json");
    expect(unknown.status).toBe(422);
    expect(unknown.body.errors).toEqual([{ path: "format", message: expect.stringMatching(/^Could not recognise the file by its keys/) }]);
    expect(await counts()).toEqual(before);
  });
});
