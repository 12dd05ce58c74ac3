import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { StatusBadge } from "@/components/report/status-badge";
import { StaffNav } from "@/components/staff/staff-nav";
import { getDb } from "@/db/client";
import { listProjectSummaries } from "@/db/queries/projects";
import { dateInTokyo } from "@/lib/domain/calendar";
import { dueReports } from "@/db/queries/round-reports";
import { DueReports } from "@/components/staff/due-reports";
import { requireStaff } from "@/lib/auth/current-user";
import { can, ownAreasOf } from "@/lib/domain/permissions";
import { projectCode } from "@/lib/domain/circled";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("staff");
  return { title: t("home"), robots: { index: false } };
}

/** The home page lists this many; the project list pages through the rest. */
const HOME_LIMIT = 50;

export default async function StaffHomePage() {
  const user = await requireStaff("/staff");
  const t = await getTranslations();
  const editable = can(user, "projects.edit");
  const db = await getDb();
  const today = dateInTokyo();
  const areas = ownAreasOf(user);
  // What the rounds ask of this person: editors to submit their areas' reports, reviewers and
  // admins to review (an admin follows the rest on the rounds' dashboards).
  const [toSubmit, toReview] = await Promise.all([
    can(user, "rounds.submit") && areas ? dueReports(db, { for: "editor", areas }) : null,
    can(user, "rounds.review") ? dueReports(db, { for: "reviewer", areas }) : null,
  ]);
  // Admins edit every area; editors their own; viewers none.
  const { rows: projects, total } = editable
    ? await listProjectSummaries(db, areas, HOME_LIMIT)
    : { rows: [], total: 0 };
  return (
    <div>
      <StaffNav user={user} />
      <h1 className="mb-4 text-std-32B-150">{t("staff.home")}</h1>
      <dl className="mb-8 grid grid-cols-[auto_1fr] gap-x-6 gap-y-1" data-testid="staff-profile">
        <dt className="font-bold">{t("users.name")}</dt>
        <dd>{user.name}</dd>
        <dt className="font-bold">{t("staff.role")}</dt>
        <dd>{t(`roles.${user.role}`)}</dd>
        <dt className="font-bold">{t("staff.areas")}</dt>
        <dd>
          {user.role === "admin" ? t("staff.allAreas") : user.areas.length ? user.areas.join("、") : t("staff.noAreas")}
        </dd>
      </dl>
      <div className="mb-8 space-y-6">
        {toSubmit && <DueReports title={t("rounds.dueEditor")} reports={toSubmit} today={today} testId="due-submit" />}
        {toReview && (
          <DueReports title={t("rounds.dueReviewer")} reports={toReview} today={today} testId="due-review" />
        )}
      </div>
      <section aria-labelledby="editable">
        <h2 id="editable" className="mb-2 text-std-24B-150">
          {t("staff.editableProjects")}
        </h2>
        {!editable ? (
          <p>{t("staff.viewOnly")}</p>
        ) : (
          <>
            <p className="mb-2">{t("staff.projectCount", { count: total })}</p>
            <ul className="space-y-2" data-testid="editable-projects">
              {projects.map((p) => (
                <li key={p.id} className="flex flex-wrap items-center gap-3">
                  <Link href={`/staff/projects/${p.id}`}>
                    {projectCode(p.areaNumber, p.number)} {p.titleJa}
                  </Link>
                  <StatusBadge scale="lifecycle" value={p.lifecycleStatus} />
                </li>
              ))}
            </ul>
            {total > projects.length && (
              <p className="mt-4">
                <Link href="/staff/projects">{t("staff.seeAllProjects", { count: total })}</Link>
              </p>
            )}
          </>
        )}
      </section>
    </div>
  );
}
