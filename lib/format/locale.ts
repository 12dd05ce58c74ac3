import { getLocale } from "next-intl/server";
import type { Locale } from "./dates";
import { appLocale } from "./locale-name";

export async function getAppLocale(): Promise<Locale> {
  return appLocale(await getLocale());
}
