import "server-only";
import { headers } from "next/headers";
import type { z } from "zod";
import { fieldErrorsOf, formString, toActionState, type ActionState } from "./action-state";
import { clientIpFromHeaders } from "./client-ip";
import { requireRole, requireUser } from "./session";
import type { SessionUser } from "./types";

/** What an action's body receives: the signed-in user, the parsed input, the raw form and the client IP. */
export type ActionContext<I> = { user: SessionUser; input: I; formData: FormData; ip: string };

type Options<S extends z.ZodType | undefined> = {
  /** Parses the form (as an object of its string fields, or `fromForm`'s result). Omit when the data function parses. */
  schema?: S;
  /** Turns the form into the object the schema parses; default: every string field. */
  fromForm?: (formData: FormData) => unknown;
  /** Minimum site role beyond "signed in". */
  role?: "moderator" | "admin";
  /** Form fields echoed back on failure, so the form keeps what was typed (never passwords). */
  echo?: readonly string[];
  /** Echo the whole parsed-from-form object (ActionState.input) on failure. */
  echoInput?: boolean;
};

type Input<S> = S extends z.ZodType ? z.output<S> : Record<string, string>;

function formFields(formData: FormData): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of formData.entries()) if (typeof value === "string" && !key.startsWith("$ACTION")) out[key] ??= value;
  return out;
}

/**
 * The one way to write a server action: authenticate → parse → call one lib/data function → ActionState.
 * Domain errors (lib/errors) become a message and field errors on the form; Next's redirect() and
 * notFound() signals pass through, so `run` may end with redirect().
 */
export function serverAction<S extends z.ZodType | undefined = undefined>(
  options: Options<S>,
  run: (context: ActionContext<Input<S>>) => Promise<ActionState | void>,
): (state: ActionState, formData: FormData) => Promise<ActionState> {
  return async (_state, formData) => {
    const values = options.echo ? Object.fromEntries(options.echo.map((name) => [name, formString(formData, name)])) : undefined;
    const raw = options.fromForm ? options.fromForm(formData) : formFields(formData);
    const echoed = options.echoInput ? { input: raw as Record<string, unknown> } : {};
    try {
      const user = options.role ? await requireRole(options.role) : await requireUser();
      let input: unknown = raw;
      if (options.schema) {
        const parsed = options.schema.safeParse(raw);
        if (!parsed.success) return { status: "error", message: "Please correct the highlighted fields", fieldErrors: fieldErrorsOf(parsed.error), values, ...echoed };
        input = parsed.data;
      }
      const ip = clientIpFromHeaders(await headers());
      return (await run({ user, input: input as Input<S>, formData, ip })) ?? { status: "ok" };
    } catch (error) {
      return { ...toActionState(error, values), ...echoed };
    }
  };
}
