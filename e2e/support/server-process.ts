import fs from "node:fs";

// The server under test, seen from outside: the process that listens on the test port (which
// `next start` may have started as a child of its own), and its resident memory.

/** Inodes of the sockets listening on `port`, from the kernel's tables. */
function listeningInodes(port: number): Set<string> {
  const inodes = new Set<string>();
  for (const table of ["/proc/net/tcp", "/proc/net/tcp6"]) {
    if (!fs.existsSync(table)) continue;
    for (const line of fs.readFileSync(table, "utf8").trim().split("\n").slice(1)) {
      const cols = line.trim().split(/\s+/);
      // 0A: LISTEN.
      if (parseInt(cols[1]!.split(":").pop()!, 16) === port && cols[3] === "0A") inodes.add(cols[9]!);
    }
  }
  return inodes;
}

/** The id of the process holding the socket that listens on `port`. */
export function pidListeningOn(port: number): number {
  const inodes = listeningInodes(port);
  for (const pid of fs.readdirSync("/proc").filter((d) => /^\d+$/.test(d))) {
    let fds: string[];
    try {
      fds = fs.readdirSync(`/proc/${pid}/fd`);
    } catch {
      continue;
    }
    for (const fd of fds) {
      try {
        const inode = /^socket:\[(\d+)\]$/.exec(fs.readlinkSync(`/proc/${pid}/fd/${fd}`))?.[1];
        if (inode && inodes.has(inode)) return Number(pid);
      } catch {
        // The descriptor closed while we looked.
      }
    }
  }
  throw new Error(`no process listens on port ${port}`);
}

export const rssMb = (pid: number) =>
  Number(/VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, "utf8"))![1]) / 1024;
