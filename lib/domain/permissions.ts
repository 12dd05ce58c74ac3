// The one permission table. Pages use it to decide what to show; every server action and
// route handler checks it again on the server, whatever the page showed.

import type { Role } from "@/lib/domain/code-lists";
export type Actor = { id: string; role: Role; areas: number[] };

export const PERMISSIONS = {
  /** See staff pages at all. */
  "staff.view": ["admin", "editor", "viewer"],
  /** Create users, change roles and areas, disable, reset passwords. */
  "users.manage": ["admin"],
  /** Change a project of an area; editors only within their areas. */
  "projects.edit": ["admin", "editor"],
  /** Read the audit log. */
  "audit.view": ["admin", "viewer"],
  /** Create, publish and withdraw editions. */
  "editions.manage": ["admin"],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;

export function can(actor: Actor | null, permission: Permission, scope?: { areaNumber: number }): boolean {
  if (!actor) return false;
  if (!(PERMISSIONS[permission] as readonly Role[]).includes(actor.role)) return false;
  if (scope && actor.role === "editor") return actor.areas.includes(scope.areaNumber);
  return true;
}
