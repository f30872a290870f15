import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { bindMigrationAwareSqlAdapterFactory, type SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import type { SchemaEngine } from "@prisma/schema-engine-wasm";

type EngineGlue = typeof import("@prisma/schema-engine-wasm/schema_engine_bg");

export type { SchemaEngine };

/** Last panic message reported by the WASM engine; without a registry panics surface as "unreachable". */
let lastPanicMessage: string | null = null;

let gluePromise: Promise<EngineGlue> | null = null;

// The glue module keeps the WASM instance in a module-level variable, so instantiate it once per process.
async function loadEngineGlue(): Promise<EngineGlue> {
  const globals = globalThis as { PRISMA_WASM_PANIC_REGISTRY?: { set_message(message: string): void } };
  globals.PRISMA_WASM_PANIC_REGISTRY ??= {
    set_message(message: string) {
      lastPanicMessage = message;
    },
  };
  const glue = await import("@prisma/schema-engine-wasm/schema_engine_bg");
  const require = createRequire(import.meta.url);
  const wasmPath = require.resolve("@prisma/schema-engine-wasm/schema_engine_bg").replace(/\.js$/, ".wasm");
  const { instance } = await WebAssembly.instantiate(await readFile(wasmPath), {
    "./schema_engine_bg.js": glue as unknown as WebAssembly.ModuleImports,
  });
  const exports = instance.exports as WebAssembly.Exports & { __wbindgen_start?: () => void };
  glue.__wbg_set_wasm(exports);
  exports.__wbindgen_start?.();
  return glue;
}

export interface SchemaFile {
  path: string;
  content: string;
}

export async function createSchemaEngine(schema: SchemaFile, adapterFactory: SqlMigrationAwareDriverAdapterFactory): Promise<SchemaEngine> {
  gluePromise ??= loadEngineGlue();
  const glue = await gluePromise;
  const log = (message: string) => {
    if (process.env.MIGRATE_DEBUG) process.stderr.write(`[schema-engine] ${message}\n`);
  };
  return glue.SchemaEngine.new({ datamodels: [[schema.path, schema.content]] }, log, bindMigrationAwareSqlAdapterFactory(adapterFactory));
}

/** Drops the engine's span trace ("   0: sql_schema_connector::... at file.rs:113") unless MIGRATE_DEBUG is set. */
function withoutSpanTrace(message: string): string {
  if (process.env.MIGRATE_DEBUG) return message;
  return message.replace(/\n\s+0: [a-z_]+::[\s\S]*$/, "").trimEnd();
}

/** Turns whatever the engine rejected with into an Error whose message says what went wrong. */
export function toEngineError(error: unknown): Error {
  const panic = lastPanicMessage;
  lastPanicMessage = null;
  if (panic) return new Error(`Schema engine panicked: ${panic}`, { cause: error });
  if (error instanceof Error) {
    const message = withoutSpanTrace(error.message);
    return message === error.message ? error : new Error(message, { cause: error });
  }
  if (typeof error === "object" && error !== null) {
    const record = error as { message?: unknown; error_code?: unknown };
    if (typeof record.message === "string") {
      const code = typeof record.error_code === "string" ? `${record.error_code}: ` : "";
      return new Error(`${code}${withoutSpanTrace(record.message)}`, { cause: error });
    }
    return new Error(JSON.stringify(error), { cause: error });
  }
  return new Error(String(error));
}
