import fs from "node:fs";
import path from "node:path";

// PGlite has no lock of its own: two processes on one data folder would corrupt it.
// The holder writes its pid into a lock file; a lock whose process is gone (killed, or
// a zombie nobody reaped) is stale and taken over.

export class DataDirLockedError extends Error {
  override name = "DataDirLockedError";
}

const heldInThisProcess = new Set<string>();

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "EPERM";
  }
  try {
    // "pid (comm) S ..." — state Z is a zombie: dead, only not yet reaped.
    const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
    return stat.slice(stat.lastIndexOf(")") + 2, stat.lastIndexOf(")") + 3) !== "Z";
  } catch {
    return true;
  }
}

function readHolder(lockPath: string): number | null {
  try {
    const pid = Number(JSON.parse(fs.readFileSync(lockPath, "utf8")).pid);
    return Number.isInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
}

/** Takes the lock on `dir` or throws DataDirLockedError; returns the release function. */
export function lockDataDir(dir: string): () => void {
  const lockPath = path.join(path.resolve(dir), "tracker.lock");
  if (heldInThisProcess.has(lockPath)) {
    throw new DataDirLockedError(`The data folder ${dir} is already open in this process.`);
  }
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      fs.writeFileSync(lockPath, JSON.stringify({ pid: process.pid, since: new Date().toISOString() }), { flag: "wx" });
      heldInThisProcess.add(lockPath);
      const release = () => {
        if (!heldInThisProcess.delete(lockPath)) return;
        if (readHolder(lockPath) === process.pid) fs.rmSync(lockPath, { force: true });
      };
      process.once("exit", release);
      return release;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== "EEXIST") throw e;
      const holder = readHolder(lockPath);
      if (holder !== null && holder !== process.pid && isRunning(holder)) {
        throw new DataDirLockedError(
          `The data folder ${dir} is in use by another process (pid ${holder}). Stop it first, or set DATA_DIR to another folder.`,
        );
      }
      fs.rmSync(lockPath, { force: true });
    }
  }
  throw new DataDirLockedError(`Could not lock the data folder ${dir}.`);
}
