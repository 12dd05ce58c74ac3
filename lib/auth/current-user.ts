import "server-only";
import { redirect } from "next/navigation";
import { cache } from "react";
import { auth } from "./auth";
import { can, type Actor, type Permission } from "@/lib/domain/permissions";

export type StaffUser = Actor & { name: string; email: string };

/**
 * The signed-in user, checked against the database on this request; null when signed out.
 * Read once per request however many components ask (decrypting the session and the
 * database check are the dearest part of a staff page).
 */
export const getCurrentUser = cache(async (): Promise<StaffUser | null> => {
  const session = await auth();
  if (!session?.user?.id) return null;
  const { id, role, areas, name, email } = session.user;
  return { id, role, areas, name: name ?? "", email: email ?? "" };
});

/**
 * For staff pages: sends anonymous visitors to sign in (and back afterwards) and answers
 * 403-like with the forbidden page when the user lacks the permission. Actions and route
 * handlers check again themselves.
 */
export async function requireStaff(path: string, permission: Permission = "staff.view"): Promise<StaffUser> {
  const user = await getCurrentUser();
  if (!user) redirect(`/login?callbackUrl=${encodeURIComponent(path)}`);
  if (!can(user, permission)) redirect("/staff/forbidden");
  return user;
}
