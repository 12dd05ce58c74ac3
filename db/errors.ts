import { ConfigError } from "@/lib/env";
import { DataDirLockedError } from "./lock";
import { SchemaNotReady } from "./schema-status";
import { SyntheticRefusal } from "./seed/synthetic";

/** Turns a start-up failure into one line a person can act on. */
export function startupMessage(e: unknown): string {
  if (
    e instanceof ConfigError ||
    e instanceof DataDirLockedError ||
    e instanceof SyntheticRefusal ||
    e instanceof SchemaNotReady
  )
    return e.message;
  return `Database start-up failed: ${e instanceof Error ? e.message.split("\n")[0] : String(e)}`;
}
