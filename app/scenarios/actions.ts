"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";

import type { ActionState } from "@/lib/auth/action-state";
import { serverAction } from "@/lib/auth/server-action";
import { cloneScenario } from "@/lib/data/scenarios/clone-scenario";
import { createScenario } from "@/lib/data/scenarios/create-scenario";
import { deleteScenario } from "@/lib/data/scenarios/delete-scenario";
import { setDefaultScenario } from "@/lib/data/scenarios/set-default-scenario";
import { updateScenario } from "@/lib/data/scenarios/update-scenario";
import { formDataToScenarioInput } from "@/lib/validation/scenario";

// The scenario data functions parse the body (one validation boundary shared with the API), so the
// form is only turned into that body here.
const scenarioForm = { fromForm: formDataToScenarioInput, echoInput: true } as const;

export const createScenarioAction = serverAction(scenarioForm, async ({ user, input }) => {
  const { id } = await createScenario({ user, input });
  revalidatePath("/scenarios");
  redirect(`/scenarios/${id}`);
});

export async function updateScenarioAction(scenarioId: string, state: ActionState, formData: FormData): Promise<ActionState> {
  return serverAction(scenarioForm, async ({ user, input }) => {
    await updateScenario({ id: scenarioId, user, input });
    revalidatePath(`/scenarios/${scenarioId}`);
    redirect(`/scenarios/${scenarioId}`);
  })(state, formData);
}

export async function cloneScenarioAction(scenarioId: string, state: ActionState, formData: FormData): Promise<ActionState> {
  return serverAction({}, async ({ user, input }) => {
    const name = input.name?.trim() ? { name: input.name } : {};
    const clone = await cloneScenario({ id: scenarioId, user, input: name });
    revalidatePath("/scenarios");
    redirect(`/scenarios/${clone.id}`);
  })(state, formData);
}

export async function deleteScenarioAction(scenarioId: string, state: ActionState, formData: FormData): Promise<ActionState> {
  return serverAction({}, async ({ user, input }) => {
    // A missing field counts as typed nothing: the form always asks for the name.
    await deleteScenario({ id: scenarioId, user, confirmName: input.confirm ?? "" });
    revalidatePath("/scenarios");
    redirect("/scenarios");
  })(state, formData);
}

export async function setDefaultScenarioAction(scenarioId: string | null, state: ActionState, formData: FormData): Promise<ActionState> {
  return serverAction({}, async ({ user }) => {
    await setDefaultScenario({ user, scenarioId });
    revalidatePath("/scenarios", "layout");
    revalidatePath("/leaderboard", "layout");
    return { status: "ok", message: scenarioId ? "Default scenario set: /leaderboard now ranks under it" : "Default scenario cleared" };
  })(state, formData);
}
