import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { pageLocale, type LocaleParams } from "@/i18n/page-locale";
import { publicLinks } from "@/lib/report/paths";

// The site's own policies (privacy, terms of use): a title, an introduction and sections,
// all from the message files, then links to the pages they refer to. Each page's file only
// names its namespace.

type Namespace = "privacy" | "sitePolicy";
type Section = { heading: string; paragraphs: string[] };
type Props = { params: Promise<LocaleParams> };

export const policyMetadata =
  (namespace: Namespace) =>
  async ({ params }: Props): Promise<Metadata> => {
    pageLocale(await params);
    const t = await getTranslations(namespace);
    return { title: t("title") };
  };

export function policyPage(namespace: Namespace) {
  return async function PolicyPage({ params }: Props) {
    const locale = pageLocale(await params);
    const links = publicLinks(locale);
    const [t, tAll] = await Promise.all([getTranslations(namespace), getTranslations()]);
    // The sections' keys are the namespace's own; next-intl types raw() per namespace.
    const sections = Object.values((t.raw as (key: string) => unknown)("sections") as Record<string, Section>);
    const related = [
      [links.data, "dataDictionary.link"],
      [links.accessibility, "accessibility.link"],
      [links.contact, "contact.link"],
    ] as const;
    return (
      <article className="max-w-[800px] space-y-6">
        <h1 className="text-std-32B-150">{t("title")}</h1>
        <p>{t("intro")}</p>
        {sections.map((section) => (
          <section key={section.heading} className="space-y-2">
            <h2 className="text-std-24B-150">{section.heading}</h2>
            {section.paragraphs.map((p) => (
              <p key={p}>{p}</p>
            ))}
          </section>
        ))}
        <ul className="list-disc pl-6">
          {related.map(([href, key]) => (
            <li key={key}>
              <Link href={href}>{tAll(key)}</Link>
            </li>
          ))}
        </ul>
      </article>
    );
  };
}
