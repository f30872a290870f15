"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { toActionState, type ActionState } from "@/lib/auth/action-state";
import { getCurrentUser } from "@/lib/auth/session";
import { UnauthorizedError } from "@/lib/errors";
import type { ScenarioCaller } from "@/lib/data/scenarios/caller";
import { createScenario } from "@/lib/data/scenarios/create-scenario";
import { updateScenario } from "@/lib/data/scenarios/update-scenario";
import { cloneScenario } from "@/lib/data/scenarios/clone-scenario";
import { deleteScenario } from "@/lib/data/scenarios/delete-scenario";
import { setDefaultScenario } from "@/lib/data/scenarios/set-default-scenario";
import { formDataToScenarioInput } from "@/lib/validation/scenario";

export type ScenarioFormState = ActionState & { input?: Record<string, unknown> };

async function caller(): Promise<ScenarioCaller> {
  const user = await getCurrentUser();
  if (!user) throw new UnauthorizedError();
  return { id: user.id, role: user.role };
}

export async function createScenarioAction(_state: ScenarioFormState, formData: FormData): Promise<ScenarioFormState> {
  const input = formDataToScenarioInput(formData);
  let id: string;
  try {
    id = (await createScenario({ caller: await caller(), input })).id;
  } catch (error) {
    return { ...toActionState(error), input };
  }
  revalidatePath("/scenarios");
  redirect(`/scenarios/${id}`);
}

export async function updateScenarioAction(scenarioId: string, _state: ScenarioFormState, formData: FormData): Promise<ScenarioFormState> {
  const input = formDataToScenarioInput(formData);
  try {
    await updateScenario({ id: scenarioId, caller: await caller(), input });
  } catch (error) {
    return { ...toActionState(error), input };
  }
  revalidatePath(`/scenarios/${scenarioId}`);
  redirect(`/scenarios/${scenarioId}`);
}

export async function cloneScenarioAction(scenarioId: string, _state: ActionState, formData: FormData): Promise<ActionState> {
  const name = formData.get("name");
  let id: string;
  try {
    const clone = await cloneScenario({ id: scenarioId, caller: await caller(), input: typeof name === "string" && name.trim() ? { name } : {} });
    id = clone.id;
  } catch (error) {
    return toActionState(error);
  }
  revalidatePath("/scenarios");
  redirect(`/scenarios/${id}`);
}

export async function deleteScenarioAction(scenarioId: string): Promise<ActionState> {
  try {
    await deleteScenario({ id: scenarioId, caller: await caller() });
  } catch (error) {
    return toActionState(error);
  }
  revalidatePath("/scenarios");
  redirect("/scenarios");
}

export async function setDefaultScenarioAction(scenarioId: string | null): Promise<ActionState> {
  try {
    await setDefaultScenario({ caller: await caller(), scenarioId });
  } catch (error) {
    return toActionState(error);
  }
  revalidatePath("/scenarios", "layout");
  revalidatePath("/leaderboard", "layout");
  return { status: "ok", message: scenarioId ? "Default scenario set: /leaderboard now ranks under it" : "Default scenario cleared" };
}
