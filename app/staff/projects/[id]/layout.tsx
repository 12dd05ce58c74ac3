import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { ClientMessages, EDITOR_MESSAGE_GROUPS } from "@/components/layout/client-messages";
import { StatusBadge } from "@/components/report/status-badge";
import { StaffNav } from "@/components/staff/staff-nav";
import { ProjectTabs } from "@/components/staff/editor/project-tabs";
import { getAppLocale } from "@/lib/format/locale";
import { publicLinks } from "@/lib/report/paths";
import { loadEditorContext } from "./editor-context";

type Props = { children: React.ReactNode; params: Promise<{ id: string }> };

export default async function ProjectEditorLayout({ children, params }: Props) {
  const { id } = await params;
  const { user, project, canEdit, code } = await loadEditorContext(id);
  const [t, format, locale] = await Promise.all([getTranslations(), getFormatter(), getAppLocale()]);
  return (
    <div className="space-y-6">
      <StaffNav user={user} />
      <Breadcrumbs
        items={[
          { label: t("staff.home"), href: "/staff" },
          { label: t("staff.projects"), href: "/staff/projects" },
          { label: code },
        ]}
      />
      <header className="space-y-2">
        <h1 className="text-std-32B-150">
          <span className="mr-3">{code}</span>
          {project.titleJa}
        </h1>
        <div className="flex flex-wrap items-center gap-3">
          <StatusBadge scale="lifecycle" value={project.lifecycleStatus} />
          <StatusBadge scale="confidence" value={project.deliveryConfidence} />
          <span data-testid="last-activity">
            {t("editor.lastActivity", {
              time: format.dateTime(project.lastActivityAt, {
                dateStyle: "medium",
                timeStyle: "short",
                timeZone: "Asia/Tokyo",
              }),
              name: project.lastActivityBy ?? t("editor.seedData"),
            })}
          </span>
          <Link href={publicLinks(locale).latest.project(project)}>{t("editor.publicPage")}</Link>
        </div>
        {!canEdit && (
          <p className="rounded-8 border border-solid-gray-420 p-3" data-testid="read-only">
            {t("editor.readOnly")}
          </p>
        )}
      </header>
      <ClientMessages groups={EDITOR_MESSAGE_GROUPS}>
        <ProjectTabs id={id} />
        <div>{children}</div>
      </ClientMessages>
    </div>
  );
}
