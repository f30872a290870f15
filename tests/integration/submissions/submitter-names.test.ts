// A display name is optional. Where a page names the person behind a result or a scenario, someone
// without one must still be identifiable to those allowed to know: the moderator, the team.
import { afterAll, describe, expect, it } from "vitest";

import { getScenario } from "@/lib/data/scenarios/get-scenario";
import { listRevisions } from "@/lib/data/scenarios/list-revisions";
import { listScenarios } from "@/lib/data/scenarios/list-scenarios";
import { createSubmissions } from "@/lib/data/submissions/create-submissions";
import { listReviewQueue } from "@/lib/data/submissions/list-review-queue";
import { db } from "@/lib/db";
import { submissionInputSchema } from "@/lib/validation/submission";
import { createScenario, createUser } from "@/prisma/seed/factories";

import { plausibleSubmission } from "./submission-fixtures";

afterAll(async () => {
  await db.$disconnect();
});

async function pendingSubmissionBy(user: { id: string }, systemName: string): Promise<string> {
  const input = submissionInputSchema.parse(plausibleSubmission({ systemName }));
  const { ids } = await createSubmissions({ user: { id: user.id, role: "user" }, inputs: [input] });
  return ids[0];
}

describe("who sent a result, in the moderation queue", () => {
  it("names the submitter by name and email, or by email when there is no name", async () => {
    const moderator = await createUser(db, { role: "moderator" });
    const named = await createUser(db, { name: "Ada Lovelace" });
    const unnamed = await createUser(db, { name: null });
    const namedId = await pendingSubmissionBy(named, "named submitter");
    const unnamedId = await pendingSubmissionBy(unnamed, "unnamed submitter");

    const submittedBy = new Map<string, string | null>();
    const first = await listReviewQueue({ user: { id: moderator.id, role: "moderator" } });
    for (let page = 1; page <= first.pageCount; page++) {
      const queue = page === 1 ? first : await listReviewQueue({ user: { id: moderator.id, role: "moderator" }, page });
      for (const item of queue.items) submittedBy.set(item.id, item.submittedBy);
    }
    expect(submittedBy.get(namedId)).toBe(`Ada Lovelace (${named.email})`);
    expect(submittedBy.get(unnamedId)).toBe(unnamed.email);
  });
});

describe("who owns and edited a scenario", () => {
  it("falls back to the email for a person without a display name, for the owner and for team members", async () => {
    const owner = await createUser(db, { name: null });
    const member = await createUser(db, { name: "Grace Hopper" });
    const slug = `names-${owner.id}`;
    const team = await db.team.create({ data: { name: "Names team", slug }, select: { id: true } });
    await db.membership.createMany({
      data: [
        { teamId: team.id, userId: owner.id, role: "owner" },
        { teamId: team.id, userId: member.id, role: "member" },
      ],
    });
    const scenario = await createScenario(db, { ownerId: owner.id, teamId: team.id, visibility: "team" });

    for (const reader of [owner, member]) {
      const user = { id: reader.id, role: "user" as const };
      const detail = await getScenario({ id: scenario.id, user });
      expect(detail.owner.name).toBe(owner.email);
      const listed = (await listScenarios({ user })).find((s) => s.id === scenario.id);
      expect(listed?.owner.name).toBe(owner.email);
    }
    const named = await createUser(db, { name: "  Grace Hopper  " });
    expect((await getScenario({ id: (await createScenario(db, { ownerId: named.id })).id, user: { id: named.id, role: "user" } })).owner.name).toBe(
      "Grace Hopper",
    );
    const revisions = await listRevisions({ id: scenario.id, user: { id: member.id, role: "user" } });
    expect(revisions.map((r) => r.author?.name)).toEqual([owner.email]);
  });
});
