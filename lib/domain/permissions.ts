// The one permission table. Pages use it to decide what to show; every server action and
// route handler checks it again on the server, whatever the page showed.

import { AREA_ROLES, type Role } from "@/lib/domain/code-lists";
export type Actor = { id: string; role: Role; areas: number[] };

export const PERMISSIONS = {
  /** See staff pages at all. */
  "staff.view": ["admin", "editor", "reviewer", "viewer"],
  /** Create users, change roles and areas, disable, reset passwords. */
  "users.manage": ["admin"],
  /** Change a project of an area; editors only within their areas. */
  "projects.edit": ["admin", "editor"],
  /** Read the audit log. */
  "audit.view": ["admin", "viewer"],
  /** Create, publish and withdraw editions. */
  "editions.manage": ["admin"],
  /** Open and close reporting rounds; read every round's dashboard and the outbox. */
  "rounds.manage": ["admin"],
  /** Submit a project's report for a round: whoever may edit the project. */
  "rounds.submit": ["admin", "editor"],
  /** Approve or return submitted reports; reviewers only within their areas. */
  "rounds.review": ["admin", "reviewer"],
  /** Read a round's dashboard: its coordinator, and those who report or review in it. */
  "rounds.view": ["admin", "editor", "reviewer", "viewer"],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;

export function can(actor: Actor | null, permission: Permission, scope?: { areaNumber: number }): boolean {
  if (!actor) return false;
  if (!(PERMISSIONS[permission] as readonly Role[]).includes(actor.role)) return false;
  // Editors and reviewers work within their areas; admins and viewers are not bound to any.
  const own = ownAreasOf(actor);
  if (scope && own) return own.includes(scope.areaNumber);
  return true;
}

/** The areas an editor or a reviewer works in; null for roles bound to no area. */
export const ownAreasOf = (actor: Actor): number[] | null =>
  (AREA_ROLES as readonly Role[]).includes(actor.role) ? actor.areas : null;
