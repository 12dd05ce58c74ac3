import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ProjectDetailsForm } from "@/components/staff/editor/project-details-form";
import { getDb } from "@/db/client";
import { listAreaTitles } from "@/db/queries/areas";
import { getProjectDetails, listLinkCandidates } from "@/db/queries/project-editor";
import { circled } from "@/lib/domain/circled";
import { pick } from "@/lib/format/text";
import { getAppLocale } from "@/lib/format/locale";
import { projectToInput } from "@/lib/records/project";
import { loadEditorContext, type EditorParams } from "./editor-context";

export async function generateMetadata({ params }: EditorParams): Promise<Metadata> {
  const { id } = await params;
  const { code, project } = await loadEditorContext(id);
  return { title: `${code} ${project.titleJa}`, robots: { index: false } };
}

export default async function ProjectDetailsPage({ params }: EditorParams) {
  const { id } = await params;
  const { canEdit, project } = await loadEditorContext(id);
  const db = await getDb();
  const [details, areas, candidates, locale] = await Promise.all([
    getProjectDetails(db, id),
    listAreaTitles(db),
    listLinkCandidates(db, id),
    getAppLocale(),
  ]);
  if (!details) notFound();
  // Links join the same initiative across areas, so only other areas' projects are offered.
  const linkOptions = candidates
    .filter((c) => c.areaNumber !== project.areaNumber || details.linkedProjectIds.includes(c.id))
    .map((c) => ({
      value: c.id,
      label: `${c.areaNumber}-${circled(c.number)} ${pick({ ja: c.titleJa, en: c.titleEn }, locale)}`,
    }));
  const areaOptions = areas.map((a) => ({
    value: String(a.number),
    label: `${a.number} ${pick({ ja: a.titleJa, en: a.titleEn }, locale)}`,
  }));
  const defaults = { id: details.id, version: details.version, ...projectToInput(details) };
  return <ProjectDetailsForm defaults={defaults} areas={areaOptions} linkOptions={linkOptions} readOnly={!canEdit} />;
}
