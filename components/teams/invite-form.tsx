"use client";

import { useActionState } from "react";

import { FieldError } from "@/components/ui/field-error";
import { FormMessage } from "@/components/ui/form-message";
import { inputClass } from "@/components/ui/input";
import { SubmitButton } from "@/components/ui/submit-button";
import { IDLE, type ActionState } from "@/lib/auth/action-state";

type Action = (state: ActionState, formData: FormData) => Promise<ActionState>;

export function InviteForm({ action, teamId, canInviteAdmins }: { action: Action; teamId: string; canInviteAdmins: boolean }) {
  const [state, formAction] = useActionState(action, IDLE);
  const errors = state.status === "error" ? (state.fieldErrors ?? {}) : {};
  return (
    <div className="space-y-3">
      {state.status === "ok" && state.secret ? (
        <div role="status" className="space-y-2 rounded border border-emerald-300 bg-emerald-50 p-3 text-sm dark:border-emerald-800 dark:bg-emerald-950">
          <p>{state.message}</p>
          <label htmlFor="invite-link" className="font-medium">
            Invitation link
          </label>
          <input
            id="invite-link"
            readOnly
            value={state.secret}
            data-testid="invite-link"
            className={`${inputClass} font-mono`}
            onFocus={(e) => e.currentTarget.select()}
          />
        </div>
      ) : null}
      <form action={formAction} className="flex flex-wrap items-start gap-3" data-testid="invite-form">
        <input type="hidden" name="teamId" value={teamId} />
        <div className="flex flex-col gap-1 text-sm">
          <label htmlFor="invite-role" className="font-medium">
            Role
          </label>
          <select
            id="invite-role"
            name="role"
            defaultValue={state.values?.role || "member"}
            className={inputClass}
            data-testid="invite-role"
            aria-invalid={errors.role ? true : undefined}
            aria-describedby={errors.role ? "invite-role-error" : undefined}
          >
            <option value="member">member</option>
            {canInviteAdmins ? <option value="admin">admin</option> : null}
          </select>
          <FieldError id="invite-role-error" name="role" message={errors.role} testId="invite-role-error" />
        </div>
        <div className="flex flex-col gap-1 text-sm">
          <label htmlFor="invite-email" className="font-medium">
            Only for email (optional)
          </label>
          <input
            id="invite-email"
            name="email"
            type="email"
            className={inputClass}
            defaultValue={state.values?.email}
            data-testid="invite-email"
            aria-invalid={errors.email ? true : undefined}
            aria-describedby={errors.email ? "invite-email-error" : undefined}
          />
          <FieldError id="invite-email-error" name="email" message={errors.email} testId="invite-email-error" />
        </div>
        <div className="flex flex-col gap-1 text-sm">
          <label htmlFor="invite-expires" className="font-medium">
            Valid for
          </label>
          <select
            id="invite-expires"
            name="expiresInDays"
            defaultValue="7"
            className={inputClass}
            aria-invalid={errors.expiresInDays ? true : undefined}
            aria-describedby={errors.expiresInDays ? "invite-expires-error" : undefined}
          >
            <option value="1">1 day</option>
            <option value="7">7 days</option>
            <option value="30">30 days</option>
          </select>
          <FieldError id="invite-expires-error" name="expiresInDays" message={errors.expiresInDays} testId="invite-expires-error" />
        </div>
        {/* Level with the inputs (below their labels) even when a field shows an error underneath. */}
        <div className="pt-6">
          <SubmitButton testId="create-invite">Create invitation link</SubmitButton>
        </div>
      </form>
      {state.status === "error" ? <FormMessage state={state} testId="invite-error" /> : null}
    </div>
  );
}
