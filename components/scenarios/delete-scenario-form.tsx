"use client";

import { useActionState } from "react";

import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { IDLE, type ActionState } from "@/lib/auth/action-state";

type Props = {
  action: (state: ActionState, formData: FormData) => Promise<ActionState>;
  scenarioName: string;
  revisions: number;
  teamName: string | null;
  defaultForPeople: number;
  isMyDefault: boolean;
};

const plural = (n: number, one: string, many: string) => `${n.toLocaleString("en-US")} ${n === 1 ? one : many}`;

// Deleting drops every revision and other people's defaults at once, so the name must be typed, as for a team.
export function DeleteScenarioForm({ action, scenarioName, revisions, teamName, defaultForPeople, isMyDefault }: Props) {
  const [state, formAction] = useActionState(action, IDLE);
  const others = defaultForPeople - (isMyDefault ? 1 : 0);
  return (
    <form action={formAction} className="w-full max-w-md space-y-3" data-testid="delete-form">
      <ul className="list-disc space-y-1 pl-5 text-sm" data-testid="delete-impact">
        <li>Deletes the scenario and its {plural(revisions, "revision", "revisions")}; leaderboard links pinned to them stop working.</li>
        {teamName ? <li>It is shared with team {teamName}: its members lose it too.</li> : null}
        {defaultForPeople > 0 ? (
          <li>
            It is the default scenario of {plural(defaultForPeople, "person", "people")}
            {isMyDefault ? (others > 0 ? ` (you and ${plural(others, "other", "others")})` : " (you)") : ""}: their /leaderboard goes back to the standard
            assumptions.
          </li>
        ) : null}
        <li>This cannot be undone.</li>
      </ul>
      <Field
        label={`Type “${scenarioName}” to confirm`}
        name="confirm"
        autoComplete="off"
        error={state.fieldErrors?.confirm}
        data-testid="delete-scenario-confirm"
      />
      <SubmitButton variant="danger" testId="delete-scenario" pendingLabel="Deleting…">
        Delete scenario
      </SubmitButton>
      <FormMessage state={state} testId="delete-form-error" />
    </form>
  );
}
