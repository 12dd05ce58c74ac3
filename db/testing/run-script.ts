import { spawn, spawnSync } from "node:child_process";
import path from "node:path";

const ROOT = path.resolve(import.meta.dirname, "../..");
const TSX = path.join(ROOT, "node_modules", ".bin", "tsx");

export type ScriptResult = { status: number | null; stdout: string; stderr: string };

/** Runs a TypeScript entry point of the repo in a child process with the given env. */
export function runScript(script: string, args: string[], env: Record<string, string>): ScriptResult {
  const r = spawnSync(TSX, [path.join(ROOT, script), ...args], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: "", MIGRATION_DATABASE_URL: "", ...env },
    encoding: "utf8",
    timeout: 60_000,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Starts a script that prints "ready" once it holds its resources; resolves then. */
export function startHolder(script: string, env: Record<string, string>) {
  const child = spawn(TSX, [path.join(ROOT, script)], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: "", MIGRATION_DATABASE_URL: "", ...env },
    stdio: ["pipe", "pipe", "pipe"],
  });
  const ready = new Promise<void>((resolve, reject) => {
    let out = "";
    child.stdout.on("data", (d) => {
      out += d;
      if (out.includes("ready")) resolve();
    });
    child.on("exit", (code) => reject(new Error(`holder exited with ${code}`)));
  });
  return { child, ready };
}
