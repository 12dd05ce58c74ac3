import "server-only";
import { getDb } from "@/db/client";
import { listAreaTitles } from "@/db/queries/areas";
import type { AreaOption } from "@/components/staff/user-fields";
import { getAppLocale } from "@/lib/format/locale";

export async function getAreaOptions(): Promise<AreaOption[]> {
  const [rows, locale] = await Promise.all([listAreaTitles(await getDb()), getAppLocale()]);
  return rows.map((a) => ({ number: a.number, title: locale === "en" && a.titleEn ? a.titleEn : a.titleJa }));
}
