// Structured logs: one JSON object per line on stdout (stderr for warn/error), so several app instances
// can be aggregated and searched by requestId. Keys that may hold secrets are redacted recursively, and
// credentials inside URLs (postgresql://user:password@host) are masked: logs must never carry them.
export type LogLevel = "debug" | "info" | "warn" | "error";
export type LogFields = Record<string, unknown>;

const LEVELS: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40 };
// Matched against the key lower-cased without "-"/"_": "outputTokensPerSecond" stays, "refresh_token" goes.
const SECRET_KEY = /(password|passwd|passphrase|secret|authorization|cookie|apikey|credentials?|token|^session)(hash)?$/;
const URL_CREDENTIALS = /(\b[a-z][a-z0-9+.-]*:\/\/[^:/?#\s@]+:)[^@/\s]+@/gi;
const BEARER = /\b(Bearer|Basic)\s+[A-Za-z0-9._~+/=-]+/g;
const MAX_DEPTH = 6;

export const REDACTED = "[redacted]";

export function isSecretKey(key: string): boolean {
  return SECRET_KEY.test(key.toLowerCase().replace(/[-_]/g, ""));
}

function minimumLevel(): number {
  const configured = process.env.LOG_LEVEL?.trim().toLowerCase() as LogLevel | undefined;
  // Test runs would drown in access-log lines; they still see warnings and errors.
  const fallback: LogLevel = process.env.VITEST ? "warn" : "info";
  return LEVELS[configured ?? fallback] ?? LEVELS[fallback];
}

export function redactString(value: string): string {
  return value.replace(URL_CREDENTIALS, `$1${REDACTED}@`).replace(BEARER, `$1 ${REDACTED}`);
}

/** A copy of `value` with secret-looking keys replaced by "[redacted]" and URL credentials masked. */
export function redact(value: unknown, depth = 0): unknown {
  if (typeof value === "string") return redactString(value);
  if (value === null || typeof value !== "object") return typeof value === "bigint" ? value.toString() : value;
  if (depth >= MAX_DEPTH) return "[truncated]";
  if (value instanceof Error) return { name: value.name, message: redactString(value.message), stack: value.stack ? redactString(value.stack) : undefined };
  if (value instanceof Date) return value.toISOString();
  if (value instanceof Headers) return redact(Object.fromEntries(value.entries()), depth);
  if (Array.isArray(value)) return value.map((item) => redact(item, depth + 1));
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    out[key] = isSecretKey(key) ? REDACTED : redact(item, depth + 1);
  }
  return out;
}

/** The JSON line for one entry (exported for tests). */
export function formatLogLine(level: LogLevel, msg: string, fields: LogFields = {}, time = new Date()): string {
  // level, msg and time are the entry's own: fields cannot overwrite them.
  const rest = Object.fromEntries(Object.entries(fields).filter(([key]) => key !== "level" && key !== "msg" && key !== "time"));
  return JSON.stringify({ level, msg: redactString(msg), time: time.toISOString(), ...(redact(rest) as LogFields) });
}

export interface Logger {
  debug(msg: string, fields?: LogFields): void;
  info(msg: string, fields?: LogFields): void;
  warn(msg: string, fields?: LogFields): void;
  error(msg: string, fields?: LogFields): void;
  /** A logger that adds `bindings` (e.g. { requestId }) to every entry. */
  child(bindings: LogFields): Logger;
}

function createLogger(bindings: LogFields = {}): Logger {
  const write = (level: LogLevel, msg: string, fields?: LogFields) => {
    if (LEVELS[level] < minimumLevel()) return;
    const line = formatLogLine(level, msg, { ...bindings, ...fields });
    (LEVELS[level] >= LEVELS.warn ? process.stderr : process.stdout).write(`${line}\n`);
  };
  return {
    debug: (msg, fields) => write("debug", msg, fields),
    info: (msg, fields) => write("info", msg, fields),
    warn: (msg, fields) => write("warn", msg, fields),
    error: (msg, fields) => write("error", msg, fields),
    child: (more) => createLogger({ ...bindings, ...more }),
  };
}

export const logger: Logger = createLogger();
