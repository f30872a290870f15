// Issue 4, acceptance 2 (reworked in issue 12): the authorization matrix. Every route handler ×
// method and every server action is driven with every identity (anonymous, user, team A
// owner/admin/member, team B owner/member, moderator, admin, a revoked token, a token without
// scopes, a token with only some scopes, an expired token); each pair's status is asserted, and no
// response body may carry another team's or user's private data or any secret hash. The completeness
// tests at the end fail when a route, method or action has no row.
//
// The tables live in tests/support/authz: world.ts (what the rows run against), route-table.ts,
// action-table.ts. Route handlers are called in-process with bearer tokens; server actions are
// checked here through the lib/data functions they call, and through HTTP against the production
// server (real action ids, session cookies, missing Origin) in e2e/authz-actions.spec.ts.
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { db } from "@/lib/db";
import { actionCallerOf, ACTIONS } from "@/tests/support/authz/action-table";
import { exportedFunctionText, filesWithInlineServerActions, listRouteMethods, listServerActions } from "@/tests/support/authz/app-inventory";
import { outcomeOf } from "@/tests/support/authz/expectations";
import { ROUTES, type RouteRequest, type RouteResponse } from "@/tests/support/authz/route-table";
import { createWorld, world, type World } from "@/tests/support/authz/world";
import { callRoute } from "@/tests/support/call-route";
import { createIdentities, IDENTITY_KEYS, type IdentityKey } from "@/tests/support/identities";

const WORD_CHAR = /[A-Za-z0-9._-]/;

/** `value` as a whole word in `text`: "admin-x@identities.test" is not found inside "teamaadmin-x@identities.test". */
function containsWhole(text: string, value: string): boolean {
  for (let at = text.indexOf(value); at >= 0; at = text.indexOf(value, at + 1)) {
    const before = at > 0 ? text[at - 1] : "";
    const after = text[at + value.length] ?? "";
    if (!WORD_CHAR.test(before) && !WORD_CHAR.test(after)) return true;
  }
  return false;
}

/** The caller's own input (URL or body) may echo back, e.g. an id in a 404 message; that is no leak. */
function assertNoLeak(response: RouteResponse, request: RouteRequest, key: IdentityKey, w: World) {
  const sent = `${request.url}\n${typeof request.init?.body === "string" ? request.init.body : ""}`;
  const seen = `${response.text}\n${response.headers.get("location") ?? ""}`;
  for (const secret of w.secrets) {
    if (secret.visibleTo.includes(key) || sent.includes(secret.value)) continue;
    expect(containsWhole(seen, secret.value), `${key} must not see ${secret.label}`).toBe(false);
  }
  for (const secret of w.neverShown) expect(seen.includes(secret.value), `no response shows ${secret.label}`).toBe(false);
}

let pairsAsserted = 0;

beforeAll(async () => {
  await createWorld();
});

afterAll(async () => {
  console.info(`[authorization-matrix] identity × (route case | action case) pairs asserted: ${pairsAsserted}`);
  await db.$disconnect();
});

describe("route handlers × identities", () => {
  for (const [file, row] of Object.entries(ROUTES)) {
    for (const [method, cases] of Object.entries(row.methods)) {
      describe(`${method} ${file}`, () => {
        for (const routeCase of cases) {
          for (const key of IDENTITY_KEYS) {
            const expected = routeCase.expect[key];
            it(`${routeCase.name}: ${key} → ${expected}`, async () => {
              const handler = row.module[method];
              expect(typeof handler, `${file} exports ${method}`).toBe("function");
              const request = await routeCase.request(key, world);
              const response = await callRoute(handler, request.url, { ...request.init, params: request.params });
              expect(response.status, response.text.slice(0, 500)).toBe(expected);
              assertNoLeak(response, request, key, world);
              await routeCase.check?.(response, key, world);
              pairsAsserted++;
            });
          }
        }
      });
    }
  }
});

describe("server actions × identities (through the lib/data functions they call)", () => {
  for (const [file, actions] of Object.entries(ACTIONS)) {
    for (const [name, row] of Object.entries(actions)) {
      describe(`${name} (${file})`, () => {
        it(`resolves its caller with ${row.resolves} and calls ${row.calls.join(", ")}`, () => {
          const body = exportedFunctionText(file, name);
          expect(body).toContain(row.resolves);
          for (const fn of row.calls) expect(body, `${name} calls ${fn}`).toMatch(new RegExp(`\\b${fn}\\(`));
          if (row.cases.length === 0) expect(row.noCallerReason, `${name} has no identity cases, so it must say why`).toBeTruthy();
        });
        for (const actionCase of row.cases) {
          for (const key of IDENTITY_KEYS) {
            const expected = actionCase.expect[key];
            it(`${actionCase.name}: ${key} → ${expected}`, async () => {
              const ids = actionCase.freshWorld ? await createIdentities(db) : world.ids;
              const user = await actionCallerOf(ids, key);
              expect(await outcomeOf(() => actionCase.run({ ids, user, key }))).toBe(expected);
              pairsAsserted++;
            });
          }
        }
      });
    }
  }

  it("no action authenticates with a bearer token, so no-session identities are a null caller", () => {
    for (const [file, rows] of Object.entries(ACTIONS)) {
      for (const name of Object.keys(rows))
        expect(exportedFunctionText(file, name), `${file}#${name}`).not.toMatch(/authenticateRequest|getOptionalCaller|Bearer/);
    }
  });
});

// ---------------------------------------------------------------------------------------------
// Completeness: the matrix has a row for every route × method and every server action.

describe("matrix completeness", () => {
  it("has a row for every route handler and each HTTP method it exports", () => {
    const missing: string[] = [];
    const routes = listRouteMethods();
    for (const [file, methods] of Object.entries(routes)) {
      if (methods.length === 0) missing.push(`${file} (exports no HTTP method the inventory recognises)`);
      for (const method of methods) {
        if (!ROUTES[file]?.methods[method]?.length) missing.push(`${method} ${file}`);
      }
    }
    const stale = Object.entries(ROUTES).flatMap(([file, row]) =>
      Object.keys(row.methods)
        .filter((m) => !routes[file]?.includes(m))
        .map((m) => `${m} ${file}`),
    );
    expect(missing, "route × method without a row in the authorization matrix").toEqual([]);
    expect(stale, "matrix rows for routes or methods that no longer exist").toEqual([]);
    expect(Object.keys(routes).length).toBeGreaterThanOrEqual(18);
  });

  it("has a row for every exported server action", () => {
    const found = listServerActions();
    const missing = Object.entries(found).flatMap(([file, names]) => names.filter((name) => !ACTIONS[file]?.[name]).map((name) => `${file}#${name}`));
    const stale = Object.entries(ACTIONS).flatMap(([file, rows]) =>
      Object.keys(rows)
        .filter((name) => !found[file]?.includes(name))
        .map((name) => `${file}#${name}`),
    );
    expect(missing, "server action without a row in the authorization matrix").toEqual([]);
    expect(stale, "matrix rows for actions that no longer exist").toEqual([]);
    expect(filesWithInlineServerActions(), 'inline "use server" functions: move them to an actions module so the matrix sees them').toEqual([]);
  });

  it("gives every row an expected outcome for every identity", () => {
    for (const row of Object.values(ROUTES)) {
      for (const cases of Object.values(row.methods)) for (const c of cases) expect(Object.keys(c.expect).sort()).toEqual([...IDENTITY_KEYS].sort());
    }
    for (const rows of Object.values(ACTIONS)) {
      for (const row of Object.values(rows)) for (const c of row.cases) expect(Object.keys(c.expect).sort()).toEqual([...IDENTITY_KEYS].sort());
    }
  });
});
