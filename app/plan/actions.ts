"use server";

import { redirect } from "next/navigation";

import { serverAction } from "@/lib/auth/server-action";
import { createScenario } from "@/lib/data/scenarios/create-scenario";
import { updateScenario } from "@/lib/data/scenarios/update-scenario";
import { ValidationError } from "@/lib/errors";

// The plan form posts the effective assumptions and plan inputs as one JSON field (rendered by the
// page from the plan it shows), a name and where to share it. Validation is the scenario API's.
function readPayload(payload: string | undefined): { params: unknown; plan: unknown } {
  try {
    const parsed = JSON.parse(payload ?? "") as { params?: unknown; plan?: unknown };
    return { params: parsed.params, plan: parsed.plan };
  } catch {
    throw new ValidationError([{ path: "payload", message: "The plan could not be read: reload the page and save again" }]);
  }
}

/** Saves the plan on screen as a new scenario (private or a team's), or as the next revision of the one it came from. */
export const savePlanAction = serverAction({}, async ({ user, input }) => {
  const { params, plan } = readPayload(input.payload);
  const name = (input.name ?? "").trim();
  const share = (input.share ?? "").trim();
  const sharing = share.startsWith("team:") ? { visibility: "team", teamId: share.slice(5) } : { visibility: "private" };
  const revisionOf = (input.revisionOf ?? "").trim();
  const id = revisionOf
    ? (await updateScenario({ id: revisionOf, user, input: { name, ...sharing, params, plan, expectedRevision: Number(input.expectedRevision) || undefined } }))
        .id
    : (await createScenario({ user, input: { name, ...sharing, params, plan } })).id;
  redirect(`/plan?scenario=${id}`);
});
