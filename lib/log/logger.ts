// Structured logs: one JSON object per line on stdout (stderr for warn/error), so several app instances
// can be aggregated and searched by requestId. Keys that may hold secrets are redacted recursively, and
// credentials inside URLs (postgresql://user:password@host) are masked: logs must never carry them.
import pino from "pino";

export type LogLevel = "debug" | "info" | "warn" | "error";
export type LogFields = Record<string, unknown>;

// Matched against the key lower-cased without "-"/"_": "outputTokensPerSecond" stays, "refresh_token" goes.
const SECRET_KEY = /(password|passwd|passphrase|secret|authorization|cookie|apikey|credentials?|token|^session)(hash)?$/;
const URL_CREDENTIALS = /(\b[a-z][a-z0-9+.-]*:\/\/[^:/?#\s@]+:)[^@/\s]+@/gi;
const BEARER = /\b(Bearer|Basic)\s+[A-Za-z0-9._~+/=-]+/g;
const MAX_DEPTH = 6;

export const REDACTED = "[redacted]";

export function isSecretKey(key: string): boolean {
  return SECRET_KEY.test(key.toLowerCase().replace(/[-_]/g, ""));
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

// pino writes the lines. Its path-based `redact` censors the well-known places; the formatter
// above adds what paths cannot express: secret-looking keys at any depth and credentials inside strings.
const PINO_REDACT_PATHS = [
  "password",
  "*.password",
  "token",
  "*.token",
  "headers.authorization",
  "headers.cookie",
  "*.headers.authorization",
  "*.headers.cookie",
];
const RESERVED = new Set(["level", "msg", "time"]);

type Sink = { write(line: string): void };

function configuredLevel(): LogLevel {
  const configured = process.env.LOG_LEVEL?.trim().toLowerCase();
  if (configured === "debug" || configured === "info" || configured === "warn" || configured === "error") return configured;
  // Test runs would drown in access-log lines; they still see warnings and errors.
  return process.env.VITEST ? "warn" : "info";
}

function createPino(stream: Sink | pino.MultiStreamRes, level: LogLevel, now: () => Date = () => new Date()): pino.Logger {
  return pino(
    {
      level,
      base: undefined,
      messageKey: "msg",
      timestamp: () => `,"time":"${now().toISOString()}"`,
      formatters: {
        level: (label) => ({ level: label }),
        bindings: (bindings) => redact(bindings) as Record<string, unknown>,
        // level, msg and time are the entry's own: fields cannot overwrite them.
        log: (fields) => redact(Object.fromEntries(Object.entries(fields).filter(([key]) => !RESERVED.has(key)))) as Record<string, unknown>,
      },
      redact: { paths: PINO_REDACT_PATHS, censor: REDACTED },
    },
    stream as pino.DestinationStream,
  );
}

/** The JSON line for one entry (exported for tests). */
export function formatLogLine(level: LogLevel, msg: string, fields: LogFields = {}, time = new Date()): string {
  let line = "";
  createPino({ write: (chunk: string) => (line += chunk) }, "debug", () => time)[level](fields, redactString(msg));
  return line.trimEnd();
}

export interface Logger {
  debug(msg: string, fields?: LogFields): void;
  info(msg: string, fields?: LogFields): void;
  warn(msg: string, fields?: LogFields): void;
  error(msg: string, fields?: LogFields): void;
  /** A logger that adds `bindings` (e.g. { requestId }) to every entry. */
  child(bindings: LogFields): Logger;
}

function wrap(base: pino.Logger): Logger {
  return {
    debug: (msg, fields) => base.debug(fields ?? {}, redactString(msg)),
    info: (msg, fields) => base.info(fields ?? {}, redactString(msg)),
    warn: (msg, fields) => base.warn(fields ?? {}, redactString(msg)),
    error: (msg, fields) => base.error(fields ?? {}, redactString(msg)),
    child: (bindings) => wrap(base.child(bindings)),
  };
}

// One JSON object per line: info and below on stdout, warnings and errors on stderr.
const streams = pino.multistream(
  [
    { level: "debug", stream: process.stdout },
    { level: "warn", stream: process.stderr },
  ],
  { dedupe: true },
);

export const logger: Logger = wrap(createPino(streams, configuredLevel()));
