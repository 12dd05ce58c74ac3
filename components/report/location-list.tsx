import { getTranslations } from "next-intl/server";
import { getAppLocale } from "@/lib/format/locale";
import type { ReportProject } from "@/lib/report/model";
import { Localized } from "./localized";

export async function LocationList({ project }: { project: ReportProject }) {
  const t = await getTranslations("project");
  const locale = await getAppLocale();
  if (project.locations.length === 0) return null;
  return (
    <div>
      <h3 className="mb-1 text-std-17B-170">{t("locations")}</h3>
      <ul className="flex flex-wrap gap-x-4" data-testid="locations">
        {project.locations.map((l) => (
          <li key={l.key}>
            <Localized text={l.name} locale={locale} />
          </li>
        ))}
      </ul>
    </div>
  );
}
