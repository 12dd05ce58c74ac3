import { getTranslations } from "next-intl/server";
import { getAppLocale } from "@/lib/format/locale";
import type { ReportProgress } from "@/lib/report/model";
import { Localized } from "./localized";

type Group = { heading: ReportProgress["group"]; bullets: ReportProgress[] };

// Consecutive bullets under the same slide sub-heading are shown under it once.
function groupBullets(progress: ReportProgress[]): Group[] {
  const groups: Group[] = [];
  for (const p of progress) {
    const last = groups.at(-1);
    if (last && last.heading?.ja === p.group?.ja) last.bullets.push(p);
    else groups.push({ heading: p.group, bullets: [p] });
  }
  return groups;
}

export async function ProgressList({ progress }: { progress: ReportProgress[] }) {
  const t = await getTranslations("project");
  const locale = await getAppLocale();
  if (progress.length === 0) return null;
  return (
    <div>
      <h3 className="mb-1 text-std-17B-170">{t("progress")}</h3>
      {groupBullets(progress).map((g, i) => (
        <div key={i} className="mb-2">
          {g.heading && (
            <p className="mt-2 text-std-16B-170">
              <Localized text={g.heading} locale={locale} />
            </p>
          )}
          <ul className="list-disc space-y-1 pl-6" data-testid="progress">
            {g.bullets.map((b, j) => (
              <li
                key={j}
                className={
                  [b.sub && "ml-6 list-[circle]", b.kind === "note" && "-ml-6 list-none"].filter(Boolean).join(" ") ||
                  undefined
                }
              >
                {b.kind === "note" && <span aria-hidden="true">※ </span>}
                {b.kind === "note" && <span className="sr-only">{t("note")}: </span>}
                <Localized text={b.text} locale={locale} />
              </li>
            ))}
          </ul>
        </div>
      ))}
    </div>
  );
}
