// The memory a server uses, read from /proc: the resident size of a process and all its
// descendants (next start may serve from a child process), sampled while a request runs.
import fs from "node:fs";

function children() {
  const byParent = new Map();
  for (const pid of fs.readdirSync("/proc").filter((d) => /^\d+$/.test(d))) {
    try {
      const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      if (!byParent.has(ppid)) byParent.set(ppid, []);
      byParent.get(ppid).push(Number(pid));
    } catch {}
  }
  return byParent;
}

/** Resident memory in MiB of `pid` and every process under it. */
export function treeRssMiB(pid) {
  const byParent = children();
  let kib = 0;
  const visit = (p) => {
    try {
      const m = /VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${p}/status`, "utf8"));
      if (m) kib += Number(m[1]);
    } catch {}
    for (const c of byParent.get(p) ?? []) visit(c);
  };
  visit(pid);
  return kib / 1024;
}

/** Runs `work` while sampling the tree's memory every 50 ms; returns its result and the peak. */
export async function withPeakRss(pid, work) {
  let peak = treeRssMiB(pid);
  const timer = setInterval(() => {
    peak = Math.max(peak, treeRssMiB(pid));
  }, 50);
  try {
    const result = await work();
    return { result, peakMiB: Math.max(peak, treeRssMiB(pid)) };
  } finally {
    clearInterval(timer);
  }
}
