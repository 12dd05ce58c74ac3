"use client";

import { useEffect, useState } from "react";
import type { Progress } from "@/lib/actions/progress";

/** Polls the step of a running job (see lib/actions/progress.ts) while `job` is set. */
export function useJobProgress(url: string, job: string | null): Progress | null {
  const [progress, setProgress] = useState<Progress | null>(null);
  useEffect(() => {
    if (!job) return;
    let stopped = false;
    const tick = async () => {
      try {
        const response = await fetch(`${url}?job=${job}`, { cache: "no-store" });
        if (!stopped && response.ok) setProgress(await response.json());
      } catch {
        // A missed poll only delays the next step shown; the action's own answer still arrives.
      }
    };
    const timer = setInterval(tick, 250);
    void tick();
    return () => {
      stopped = true;
      clearInterval(timer);
      setProgress(null);
    };
  }, [url, job]);
  return progress;
}
