"use client";

import { useTranslations } from "next-intl";
import { runtimeKey } from "@/lib/i18n/runtime-key";
import type { Progress } from "@/lib/actions/progress";

/**
 * The step a long action is at (see lib/actions/progress.ts), announced politely. The region
 * is always there, so that screen readers hear each step as it changes. `messages` names the
 * group holding `progress`, `stepOf` and `steps.<key>`.
 */
export function JobProgress({
  progress,
  running,
  messages,
  testId,
}: {
  progress: Progress | null;
  running: boolean;
  messages: "editions" | "import";
  testId: string;
}) {
  const t = useTranslations(messages);
  return (
    <div role="status" aria-live="polite" data-testid={testId}>
      {running && progress && (
        <p className="flex flex-wrap items-center gap-3">
          <progress max={progress.steps + 1} value={progress.step} aria-label={t("progress")} className="w-48" />
          <span>
            {t("stepOf", { step: progress.step, steps: progress.steps })}
            {t(runtimeKey(t, `steps.${progress.key}`))}
          </span>
        </p>
      )}
    </div>
  );
}
