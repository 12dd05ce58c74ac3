import "server-only";
import { notFound } from "next/navigation";
import { cache } from "react";
import { getDb } from "@/db/client";
import { getProjectHeader } from "@/db/queries/project-editor";
import { requireStaff } from "@/lib/auth/current-user";
import { can } from "@/lib/domain/permissions";
import { circled } from "@/lib/domain/circled";
import { idSchema } from "@/lib/validation/fields";

/**
 * The signed-in user, the project and whether this user may change it: read once per
 * request by the layout and the tab page alike. The actions check again on their own.
 */
export const loadEditorContext = cache(async (id: string) => {
  if (!idSchema.safeParse(id).success) notFound();
  const user = await requireStaff(`/staff/projects/${id}`);
  const project = await getProjectHeader(await getDb(), id);
  if (!project) notFound();
  const canEdit = can(user, "projects.edit", { areaNumber: project.areaNumber });
  return { user, project, canEdit, code: `${project.areaNumber}-${circled(project.number)}` };
});

export type EditorParams = { params: Promise<{ id: string }> };
