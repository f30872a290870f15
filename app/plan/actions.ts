"use server";
import { redirect } from "next/navigation";
import { toActionState, type ActionState } from "@/lib/auth/action-state";
import { getCurrentUser } from "@/lib/auth/session";
import { UnauthorizedError, ValidationError } from "@/lib/errors";
import { createScenario } from "@/lib/data/scenarios/create-scenario";
import { updateScenario } from "@/lib/data/scenarios/update-scenario";

function field(formData: FormData, name: string): string {
  const value = formData.get(name);
  return typeof value === "string" ? value.trim() : "";
}

// The plan form posts the effective assumptions and plan inputs as one JSON field (rendered by the
// page from the plan it shows), a name and where to share it. Validation is the scenario API's.
function readPayload(formData: FormData): { params: unknown; plan: unknown } {
  try {
    const parsed = JSON.parse(field(formData, "payload")) as { params?: unknown; plan?: unknown };
    return { params: parsed.params, plan: parsed.plan };
  } catch {
    throw new ValidationError([{ path: "payload", message: "The plan could not be read: reload the page and save again" }]);
  }
}

/** Saves the plan on screen as a new scenario (private or a team's), or as the next revision of the one it came from. */
export async function savePlanAction(_state: ActionState, formData: FormData): Promise<ActionState> {
  let id: string;
  try {
    const user = await getCurrentUser();
    if (!user) throw new UnauthorizedError();
    const caller = { id: user.id, role: user.role };
    const { params, plan } = readPayload(formData);
    const share = field(formData, "share");
    const sharing = share.startsWith("team:") ? { visibility: "team", teamId: share.slice(5) } : { visibility: "private" };
    const revisionOf = field(formData, "revisionOf");
    if (revisionOf) {
      const expectedRevision = Number(field(formData, "expectedRevision")) || undefined;
      id = (await updateScenario({ id: revisionOf, caller, input: { name: field(formData, "name"), ...sharing, params, plan, expectedRevision } })).id;
    } else {
      id = (await createScenario({ caller, input: { name: field(formData, "name"), ...sharing, params, plan } })).id;
    }
  } catch (error) {
    return toActionState(error);
  }
  redirect(`/plan?scenario=${id}`);
}
