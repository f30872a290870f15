import { ActionForm } from "@/components/ui/action-form";
import { ConfirmSubmit } from "@/components/ui/confirm-submit";
import { inputClass } from "@/components/ui/input";
import { SubmitButton } from "@/components/ui/submit-button";
import type { ActionState } from "@/lib/auth/action-state";

type Action = (state: ActionState, formData: FormData) => Promise<ActionState>;

export interface MemberActionsProps {
  teamId: string;
  member: { userId: string; role: "owner" | "admin" | "member"; email: string; name: string | null };
  canChangeRole: boolean;
  canRemove: boolean;
  canTransfer: boolean;
  actions: { changeRole: Action; remove: Action; transfer: Action };
}

/** The controls on one member's row; which appear depends on the viewer's team role (lib/data checks again). */
export function MemberActions({ teamId, member, canChangeRole, canRemove, canTransfer, actions }: MemberActionsProps) {
  const who = member.name ?? member.email;
  return (
    <div className="flex flex-wrap items-start gap-2">
      {canChangeRole ? (
        // The form's message goes under the controls, not squeezed beside them in their row.
        <ActionForm action={actions.changeRole} testId="change-role-form">
          <input type="hidden" name="teamId" value={teamId} />
          <input type="hidden" name="memberUserId" value={member.userId} />
          <div className="flex items-center gap-1">
            <label className="sr-only" htmlFor={`role-${member.userId}`}>
              Role
            </label>
            <select id={`role-${member.userId}`} name="role" defaultValue={member.role} className={`${inputClass} w-auto`} data-testid="member-role-select">
              <option value="member">member</option>
              <option value="admin">admin</option>
            </select>
            <SubmitButton variant="secondary" testId="change-role-submit">
              <span className="whitespace-nowrap">Change role</span>
            </SubmitButton>
          </div>
        </ActionForm>
      ) : null}
      {canTransfer ? (
        <ActionForm action={actions.transfer} testId="transfer-form">
          <input type="hidden" name="teamId" value={teamId} />
          <input type="hidden" name="memberUserId" value={member.userId} />
          <ConfirmSubmit
            label="Make owner"
            question={`Make ${who} the owner? You become an admin: only the owner can change roles, hand ownership on or delete the team.`}
            confirmLabel="Yes, make owner"
            testId="transfer-ownership"
          />
        </ActionForm>
      ) : null}
      {canRemove ? (
        <ActionForm action={actions.remove} testId="remove-member-form">
          <input type="hidden" name="teamId" value={teamId} />
          <input type="hidden" name="memberUserId" value={member.userId} />
          <ConfirmSubmit
            label="Remove"
            question={`Remove ${who} from the team? They lose access to its scenarios at once and need a new invitation to come back.`}
            confirmLabel="Yes, remove"
            testId="remove-member"
          />
        </ActionForm>
      ) : null}
    </div>
  );
}
