"use client";

import { useActionState } from "react";

import { FormMessage } from "@/components/ui/form-message";
import { inputClass } from "@/components/ui/input";
import { SubmitButton } from "@/components/ui/submit-button";
import { IDLE, type ActionState } from "@/lib/auth/action-state";

type Action = (state: ActionState, formData: FormData) => Promise<ActionState>;

export function InviteForm({ action, teamId, canInviteAdmins }: { action: Action; teamId: string; canInviteAdmins: boolean }) {
  const [state, formAction] = useActionState(action, IDLE);
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
      <form action={formAction} className="flex flex-wrap items-end gap-3" data-testid="invite-form">
        <input type="hidden" name="teamId" value={teamId} />
        <div className="flex flex-col gap-1 text-sm">
          <label htmlFor="invite-role" className="font-medium">
            Role
          </label>
          <select id="invite-role" name="role" defaultValue="member" className={inputClass} data-testid="invite-role">
            <option value="member">member</option>
            {canInviteAdmins ? <option value="admin">admin</option> : null}
          </select>
        </div>
        <div className="flex flex-col gap-1 text-sm">
          <label htmlFor="invite-email" className="font-medium">
            Only for email (optional)
          </label>
          <input id="invite-email" name="email" type="email" className={inputClass} defaultValue={state.values?.email} />
        </div>
        <div className="flex flex-col gap-1 text-sm">
          <label htmlFor="invite-expires" className="font-medium">
            Valid for
          </label>
          <select id="invite-expires" name="expiresInDays" defaultValue="7" className={inputClass}>
            <option value="1">1 day</option>
            <option value="7">7 days</option>
            <option value="30">30 days</option>
          </select>
        </div>
        <SubmitButton testId="create-invite">Create invitation link</SubmitButton>
      </form>
      {state.status === "error" ? <FormMessage state={state} testId="invite-error" /> : null}
    </div>
  );
}
