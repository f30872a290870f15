import "server-only";

import { headers } from "next/headers";
import type { z } from "zod";

import { fieldErrorsOf, formString, toActionState, type ActionState } from "./action-state";
import { clientIpFromHeaders } from "./client-ip";
import { requireRole, requireUser } from "./session";
import type { UserRef } from "./types";

/** Who may call an action: a signed-in user (the default), or anyone (sign-in, sign-up, sign-out: no session lookup). */
type Auth = "user" | "anyone";

/** What an action's body receives: the signed-in user, the parsed input, the raw form, the client IP and the form's previous state. */
export type ActionContext<I, A extends Auth = "user", D = unknown> = {
  user: A extends "anyone" ? null : UserRef;
  input: I;
  formData: FormData;
  ip: string;
  previous: ActionState<D> | undefined;
};

type Options<S extends z.ZodType | undefined, A extends Auth> = {
  /** Parses the form (as an object of its string fields, or `fromForm`'s result). Omit when the data function parses. */
  schema?: S;
  /** Turns the form into the object the schema parses; default: every string field. */
  fromForm?: (formData: FormData) => unknown;
  /** "anyone" skips the session (the default, "user", requires one). */
  auth?: A;
  /** Minimum site role beyond "signed in". */
  role?: "moderator" | "admin";
  /** Runs on every attempt before the input is parsed (a rate limit that counts invalid tries too). */
  before?: (context: { ip: string; formData: FormData }) => Promise<void>;
  /** Form fields echoed back on failure, so the form keeps what was typed (never passwords). */
  echo?: readonly string[];
  /** Echo the whole parsed-from-form object (ActionState.input) on failure. */
  echoInput?: boolean;
};

type Input<S> = S extends z.ZodType ? z.output<S> : Record<string, string>;

/**
 * A wrapped action is called by useActionState (previous state, form), by a plain `<form action>`
 * (form only) or directly from client code (no arguments); the last two have no state to show, so
 * their result is typed void (a form action must return nothing).
 */
export interface ServerAction<D = unknown> {
  (state: ActionState<D>, formData: FormData): Promise<ActionState<D>>;
  (formData?: FormData): Promise<void>;
}

function formFields(formData: FormData): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of formData.entries()) if (typeof value === "string" && !key.startsWith("$ACTION")) out[key] ??= value;
  return out;
}

function argumentsOf<D>(args: unknown[]): { previous: ActionState<D> | undefined; formData: FormData } {
  if (args[0] instanceof FormData) return { previous: undefined, formData: args[0] };
  return { previous: args[0] as ActionState<D> | undefined, formData: args[1] instanceof FormData ? args[1] : new FormData() };
}

/**
 * The one way to write a server action: authenticate → (rate limit) → parse → call one lib/data
 * function → ActionState. Domain errors (lib/errors) become a message and field errors on the form;
 * Next's redirect() and notFound() signals pass through, so `run` may end with redirect().
 */
export function serverAction<S extends z.ZodType | undefined = undefined, A extends Auth = "user", D = unknown>(
  options: Options<S, A>,
  run: (context: ActionContext<Input<S>, A, D>) => Promise<ActionState<D> | void>,
): ServerAction<D> {
  const action = async (...args: unknown[]): Promise<ActionState<D>> => {
    const { previous, formData } = argumentsOf<D>(args);
    const values = options.echo ? Object.fromEntries(options.echo.map((name) => [name, formString(formData, name)])) : undefined;
    const raw = options.fromForm ? options.fromForm(formData) : formFields(formData);
    const echoed = options.echoInput ? { input: raw as Record<string, unknown> } : {};
    try {
      const user = options.auth === "anyone" ? null : options.role ? await requireRole(options.role) : await requireUser();
      const ip = clientIpFromHeaders(await headers());
      await options.before?.({ ip, formData });
      let input: unknown = raw;
      if (options.schema) {
        const parsed = options.schema.safeParse(raw);
        if (!parsed.success)
          return { status: "error", message: "Please correct the highlighted fields", fieldErrors: fieldErrorsOf(parsed.error), values, ...echoed };
        input = parsed.data;
      }
      const context = { user, input, formData, ip, previous } as ActionContext<Input<S>, A, D>;
      return (await run(context)) ?? { status: "ok" };
    } catch (error) {
      return { ...(toActionState(error, values) as ActionState<D>), ...echoed };
    }
  };
  return action as ServerAction<D>;
}
