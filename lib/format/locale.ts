import { getLocale } from "next-intl/server";
import type { Locale } from "./dates";

export async function getAppLocale(): Promise<Locale> {
  return (await getLocale()) === "en" ? "en" : "ja";
}
