import "server-only";
import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { getDb } from "@/db/client";
import { getCurrentUser } from "@/lib/auth/current-user";
import { clientIp } from "@/lib/auth/sign-in";
import { getAppLocale } from "@/lib/format/locale";
import { REQUEST_ID_HEADER } from "@/lib/net/request-id";
import type { ActionContext } from "./define-action";

/** The context of the request a server action is answering. */
export async function requestContext(): Promise<ActionContext> {
  const [user, h, locale, db] = await Promise.all([getCurrentUser(), headers(), getAppLocale(), getDb()]);
  return {
    db,
    actor: user ? { id: user.id, role: user.role, areas: user.areas } : null,
    ip: clientIp(h),
    requestId: h.get(REQUEST_ID_HEADER),
    locale,
    // "/x/*": the layout at /x and every page beneath it; otherwise that one page.
    revalidate: (path) =>
      path.endsWith("/*") ? revalidatePath(path.slice(0, -2) || "/", "layout") : revalidatePath(path),
  };
}
