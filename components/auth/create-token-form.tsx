"use client";

import { useActionState } from "react";

import { Field } from "@/components/ui/field";
import { FieldError } from "@/components/ui/field-error";
import { FormMessage } from "@/components/ui/form-message";
import { inputClass } from "@/components/ui/input";
import { SubmitButton } from "@/components/ui/submit-button";
import { IDLE, type ActionState } from "@/lib/auth/action-state";

type Action = (state: ActionState, formData: FormData) => Promise<ActionState>;

// What a failed attempt sent back (the action echoes every field but the password): React resets the
// form after an action, so the fields re-fill from these defaults instead of going blank.
function echoed(state: ActionState): { name?: string; scopes: string[]; expiresInDays: string } {
  const input = state.status === "error" ? state.input : undefined;
  const scopes = Array.isArray(input?.scopes) ? input.scopes.filter((s): s is string => typeof s === "string") : [];
  const expires = typeof input?.expiresInDays === "string" && input.expiresInDays !== "" ? input.expiresInDays : "90";
  return { name: typeof input?.name === "string" ? input.name : undefined, scopes, expiresInDays: expires };
}

export function CreateTokenForm({ action, scopes }: { action: Action; scopes: { scope: string; description: string }[] }) {
  const [state, formAction] = useActionState(action, IDLE);
  const values = echoed(state);
  return (
    <div className="space-y-4">
      {state.status === "ok" && state.secret ? (
        <div role="status" className="space-y-2 rounded border border-emerald-300 bg-emerald-50 p-3 text-sm dark:border-emerald-800 dark:bg-emerald-950">
          <p>{state.message}</p>
          <label htmlFor="new-token" className="font-medium">
            Your new token
          </label>
          <input
            id="new-token"
            readOnly
            value={state.secret}
            data-testid="new-token"
            className={`${inputClass} font-mono`}
            onFocus={(e) => e.currentTarget.select()}
          />
          <p className="text-xs">
            Send it as <code>Authorization: Bearer &lt;token&gt;</code>.
          </p>
        </div>
      ) : null}
      <form action={formAction} className="max-w-md space-y-3" data-testid="create-token-form" noValidate>
        {state.status === "error" ? <FormMessage state={state} testId="create-token-error" /> : null}
        <Field
          label="Token name"
          name="name"
          required
          maxLength={80}
          placeholder="e.g. CI uploader"
          defaultValue={values.name}
          error={state.fieldErrors?.name}
          data-testid="token-name"
        />
        <fieldset className="space-y-1 text-sm">
          <legend className="font-medium">Scopes</legend>
          {scopes.map(({ scope, description }) => (
            <label key={scope} className="flex items-start gap-2">
              <input
                type="checkbox"
                name="scopes"
                value={scope}
                defaultChecked={values.scopes.includes(scope)}
                data-testid={`token-scope-${scope}`}
                className="mt-1"
              />
              <span>
                <code>{scope}</code> — {description}
              </span>
            </label>
          ))}
          <FieldError name="scopes" message={state.fieldErrors?.scopes} testId="scopes-field-error" />
        </fieldset>
        <div className="flex flex-col gap-1 text-sm">
          <label htmlFor="token-expires" className="font-medium">
            Expires
          </label>
          {/* React applies a select's defaultValue only when it mounts: a new key re-mounts it with the echoed choice. */}
          <select key={values.expiresInDays} id="token-expires" name="expiresInDays" defaultValue={values.expiresInDays} className={inputClass}>
            <option value="30">in 30 days</option>
            <option value="90">in 90 days</option>
            <option value="365">in 1 year</option>
            <option value="never">never (not recommended)</option>
          </select>
        </div>
        <Field
          label="Your password"
          name="password"
          type="password"
          autoComplete="current-password"
          required
          hint="A token works without your session, so creating one asks for your password again."
          error={state.fieldErrors?.password}
          data-testid="token-password"
        />
        <SubmitButton testId="create-token-submit">Create token</SubmitButton>
      </form>
    </div>
  );
}
