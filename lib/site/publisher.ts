import "server-only";
import { getTranslations } from "next-intl/server";
import type { AppLocale } from "@/i18n/config";
import { siteEnv } from "@/lib/env";

// Who publishes the site and how to reach them: from the environment (SITE_PUBLISHER_JA/_EN,
// SITE_PUBLISHER_MARK, SITE_CONTACT_JA/_EN) where a deployment sets it, else the plan's coordinating ministries
// as the message files name them. Pages built ahead (the policy pages) take the values the
// build ran with: set them for the build as for the server.

export type Publisher = {
  name: string;
  /** The path of the publisher's mark among the site's files, if the deployment sets one. */
  mark?: string;
  contact: string[];
};

export async function sitePublisher(locale: AppLocale): Promise<Publisher> {
  const env = siteEnv();
  const t = await getTranslations({ locale, namespace: "site" });
  const name = (locale === "ja" ? env.SITE_PUBLISHER_JA : env.SITE_PUBLISHER_EN) ?? t("publisher");
  const contact = locale === "ja" ? env.SITE_CONTACT_JA : env.SITE_CONTACT_EN;
  return {
    name,
    mark: env.SITE_PUBLISHER_MARK,
    contact: contact
      ? contact
          .split(/\r?\n|\\n/)
          .map((line) => line.trim())
          .filter(Boolean)
      : (t.raw("contactLines") as string[]),
  };
}
