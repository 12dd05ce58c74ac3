import { getTranslations } from "next-intl/server";
import { getAppLocale } from "@/lib/format/locale";
import { parenthesize, pick } from "@/lib/format/text";
import type { ReportProject } from "@/lib/report/model";
import { Localized } from "./localized";

export async function OrganizationList({ project }: { project: ReportProject }) {
  const t = await getTranslations();
  const locale = await getAppLocale();
  if (project.organizations.length === 0) return null;
  return (
    <div>
      <h3 className="mb-1 text-std-17B-170">{t("project.organizations")}</h3>
      <ul className="flex flex-wrap gap-x-4 gap-y-1" data-testid="organizations">
        {project.organizations.map((o) => (
          <li key={o.key} className="inline-flex flex-wrap items-baseline gap-1">
            <span>
              <Localized text={o.label ?? o.name} locale={locale} />
            </span>
            <span className="rounded-4 border border-solid-gray-420 px-1 text-dns-14N-130 text-solid-gray-700">
              {t(`side.${o.side}`)}
            </span>
            {o.role && (
              <span className="text-dns-14N-130 text-solid-gray-700">{parenthesize(pick(o.role, locale), locale)}</span>
            )}
          </li>
        ))}
        {project.organizationsEtc && <li>{t("project.organizationsEtc")}</li>}
      </ul>
    </div>
  );
}
