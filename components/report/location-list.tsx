import { getTranslations } from "next-intl/server";
import { getAppLocale } from "@/lib/format/locale";
import { pick } from "@/lib/format/text";
import type { ReportProject } from "@/lib/report/model";

export async function LocationList({ project }: { project: ReportProject }) {
  const t = await getTranslations("project");
  const locale = await getAppLocale();
  if (project.locations.length === 0) return null;
  return (
    <div>
      <h3 className="text-std-17B-170 mb-1">{t("locations")}</h3>
      <ul className="flex flex-wrap gap-x-4" data-testid="locations">
        {project.locations.map((l) => <li key={l.key}>{pick(l.name, locale)}</li>)}
      </ul>
    </div>
  );
}
