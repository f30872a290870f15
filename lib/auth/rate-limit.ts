import pg from "pg";
import { RateLimiterPostgres, RateLimiterRes } from "rate-limiter-flexible";

import { RateLimitError } from "@/lib/errors";

// Counters live in PostgreSQL (rate-limiter-flexible's Postgres store), so every app instance
// behind a load balancer shares them. They sit in their own schema, outside Prisma's migrations,
// so the migration drift check never sees them.
const SCHEMA = "rate_limit";
const TABLE = "attempts";

export interface AttemptLimit {
  /** Attempts allowed per window; once used up, the key is refused until the window ends. */
  points: number;
  windowSeconds: number;
}

export interface AttemptLimiter {
  /** Throws RateLimitError (status 429, Retry-After) once the key has used up its attempts. */
  assertAllowed(key: string): Promise<void>;
  /** Counts one attempt; returns true when this attempt used up (or went over) the limit. */
  hit(key: string): Promise<boolean>;
  /**
   * Counts one attempt atomically (one UPSERT in PostgreSQL) and throws RateLimitError when it went
   * over the limit: concurrent attempts cannot all pass a read-then-write check.
   */
  take(key: string, points?: number): Promise<void>;
  /** Gives back attempts counted by take() (e.g. the attempt succeeded). */
  refund(key: string, points?: number): Promise<void>;
  reset(key: string): Promise<void>;
}

const globalForLimits = globalThis as unknown as { tokencostRateLimitPools?: Map<string, { pool: pg.Pool; ready: Promise<void> }> };

function storeFor(databaseUrl: string): { pool: pg.Pool; ready: Promise<void> } {
  globalForLimits.tokencostRateLimitPools ??= new Map();
  const existing = globalForLimits.tokencostRateLimitPools.get(databaseUrl);
  if (existing) return existing;
  const pool = new pg.Pool({ connectionString: databaseUrl, max: Number(process.env.RATE_LIMIT_POOL_SIZE ?? 3) });
  // An idle client losing its connection must not crash the process.
  pool.on("error", () => {});
  const entry = { pool, ready: ensureTable(pool) };
  entry.ready.catch(() => globalForLimits.tokencostRateLimitPools?.delete(databaseUrl));
  globalForLimits.tokencostRateLimitPools.set(databaseUrl, entry);
  return entry;
}

async function ensureTable(pool: pg.Pool): Promise<void> {
  const statements = [
    `CREATE SCHEMA IF NOT EXISTS ${SCHEMA}`,
    `CREATE TABLE IF NOT EXISTS ${SCHEMA}.${TABLE} (key varchar(255) PRIMARY KEY, points integer NOT NULL DEFAULT 0, expire bigint)`,
  ];
  for (const text of statements) {
    try {
      await pool.query(text);
    } catch (error) {
      // Two instances creating it at the same moment: the loser sees a unique violation.
      const code = (error as { code?: string }).code;
      if (code !== "23505" && code !== "42P06" && code !== "42P07") throw error;
    }
  }
}

export function createAttemptLimiter(name: string, limit: AttemptLimit, databaseUrl = process.env.DATABASE_URL): AttemptLimiter {
  if (!databaseUrl) throw new Error("DATABASE_URL is not set: the rate limiter needs PostgreSQL.");
  const store = storeFor(databaseUrl);
  const limiter = new RateLimiterPostgres({
    storeClient: store.pool,
    storeType: "pool",
    schemaName: SCHEMA,
    tableName: TABLE,
    tableCreated: true,
    keyPrefix: name,
    points: limit.points,
    duration: limit.windowSeconds,
  });

  return {
    async assertAllowed(key) {
      await store.ready;
      const res = await limiter.get(key);
      if (res && res.consumedPoints >= limit.points) {
        throw new RateLimitError(Math.max(1, Math.ceil(res.msBeforeNext / 1000)));
      }
    },
    async hit(key) {
      await store.ready;
      try {
        const res = await limiter.consume(key);
        return res.remainingPoints === 0;
      } catch (error) {
        if (error instanceof RateLimiterRes) return true;
        throw error;
      }
    },
    async take(key, points = 1) {
      await store.ready;
      try {
        await limiter.consume(key, points);
      } catch (error) {
        if (!(error instanceof RateLimiterRes)) throw error;
        // A refused batch of several points must not use up what is left for smaller ones.
        if (points > 1) await limiter.reward(key, points);
        throw new RateLimitError(Math.max(1, Math.ceil(error.msBeforeNext / 1000)));
      }
    },
    async refund(key, points = 1) {
      await store.ready;
      await limiter.reward(key, points);
    },
    async reset(key) {
      await store.ready;
      await limiter.delete(key);
    },
  };
}

function envInt(name: string, fallback: number): number {
  const value = Number(process.env[name]);
  return Number.isInteger(value) && value > 0 ? value : fallback;
}

export interface SignInLimitOptions {
  /** Failed sign-ins per (account, client IP) per window: a stranger guessing locks out only themselves. */
  accountFailures: number;
  /** Failed sign-ins per account from all addresses together per window (the global cap). */
  accountGlobalFailures: number;
  /** Failed sign-ins per client IP per window (higher: many people can share one address). */
  ipFailures: number;
  windowSeconds: number;
  /** Separates counters, e.g. per test. */
  keyPrefix: string;
}

export interface SignInAttempt {
  ip: string;
  email: string;
}

export interface SignInLimiter {
  /** Read-only check, for answering early (before a password is even parsed). */
  assertAllowed(attempt: SignInAttempt): Promise<void>;
  /** Counts the attempt before the password is verified; throws RateLimitError when over a limit. */
  consume(attempt: SignInAttempt): Promise<void>;
  /** The password was right: the attempt does not count after all, and the account's pair counter is cleared. */
  recordSuccess(attempt: SignInAttempt): Promise<void>;
}

export function signInLimitOptionsFromEnv(): SignInLimitOptions {
  const accountFailures = envInt("AUTH_RATE_LIMIT_ACCOUNT_FAILURES", 10);
  return {
    accountFailures,
    accountGlobalFailures: envInt("AUTH_RATE_LIMIT_ACCOUNT_GLOBAL_FAILURES", Math.max(100, accountFailures * 10)),
    ipFailures: envInt("AUTH_RATE_LIMIT_IP_FAILURES", 50),
    windowSeconds: envInt("AUTH_RATE_LIMIT_WINDOW_SECONDS", 15 * 60),
    keyPrefix: "signin",
  };
}

/**
 * Every attempt takes a point from three counters before the password is checked: (account, IP),
 * the account overall, and the IP. A success gives them back, so only failures add up.
 */
export function createSignInLimiter(options: Partial<SignInLimitOptions> = {}, databaseUrl?: string): SignInLimiter {
  const o = { ...signInLimitOptionsFromEnv(), ...options };
  if (options.accountFailures && !options.accountGlobalFailures) o.accountGlobalFailures = Math.max(o.accountGlobalFailures, options.accountFailures);
  const window = { windowSeconds: o.windowSeconds };
  const byPair = createAttemptLimiter(`${o.keyPrefix}_account`, { points: o.accountFailures, ...window }, databaseUrl);
  const byAccount = createAttemptLimiter(`${o.keyPrefix}_account_all`, { points: o.accountGlobalFailures, ...window }, databaseUrl);
  const byIp = createAttemptLimiter(`${o.keyPrefix}_ip`, { points: o.ipFailures, ...window }, databaseUrl);
  const accountKey = (email: string) => email.trim().toLowerCase();
  const pairKey = ({ ip, email }: SignInAttempt) => `${accountKey(email)}|${ip}`;
  return {
    async assertAllowed(attempt) {
      await byPair.assertAllowed(pairKey(attempt));
      await byAccount.assertAllowed(accountKey(attempt.email));
      await byIp.assertAllowed(attempt.ip);
    },
    async consume(attempt) {
      const results = await Promise.allSettled([byPair.take(pairKey(attempt)), byAccount.take(accountKey(attempt.email)), byIp.take(attempt.ip)]);
      const refused = results.find((r): r is PromiseRejectedResult => r.status === "rejected");
      if (refused) throw refused.reason;
    },
    async recordSuccess(attempt) {
      await Promise.all([byPair.reset(pairKey(attempt)), byAccount.refund(accountKey(attempt.email)), byIp.refund(attempt.ip)]);
    },
  };
}

let defaultSignInLimiter: SignInLimiter | undefined;
let defaultSignUpLimiter: AttemptLimiter | undefined;

export function getSignInLimiter(): SignInLimiter {
  return (defaultSignInLimiter ??= createSignInLimiter());
}

/**
 * Sign-up attempts per IP, every attempt counted (new or existing email, valid or not): slows down
 * scripted sign-up spam and probing which emails have an account.
 */
export function getSignUpLimiter(): AttemptLimiter {
  return (defaultSignUpLimiter ??= createAttemptLimiter("signup_ip", {
    points: envInt("AUTH_RATE_LIMIT_SIGNUPS_PER_IP", 20),
    windowSeconds: 60 * 60,
  }));
}

let defaultSubmissionQuota: AttemptLimiter | undefined;

/** Result rows a user may submit or import per hour (API, form and file imports together). */
export function submissionRowsPerHour(): number {
  return envInt("SUBMISSION_ROWS_PER_HOUR", 20_000);
}

export function getSubmissionQuota(): AttemptLimiter {
  return (defaultSubmissionQuota ??= createAttemptLimiter("submission_rows", { points: submissionRowsPerHour(), windowSeconds: 60 * 60 }));
}

export { RateLimitError };
