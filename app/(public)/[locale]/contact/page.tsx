import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { locales } from "@/i18n/config";
import { pageLocale, type LocaleParams } from "@/i18n/page-locale";
import { publicLinks } from "@/lib/report/paths";
import { sitePublisher } from "@/lib/site/publisher";

type Props = { params: Promise<LocaleParams> };

// Holds no report data, so both languages are rendered during the build.
export const generateStaticParams = async () => locales.map((locale) => ({ locale }));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  pageLocale(await params);
  const t = await getTranslations("contact");
  return { title: t("title") };
}

/** お問い合わせ: who publishes the site and how to reach them; no form. */
export default async function ContactPage({ params }: Props) {
  const locale = pageLocale(await params);
  const [t, publisher] = await Promise.all([getTranslations("contact"), sitePublisher(locale)]);
  return (
    <article className="max-w-[800px] space-y-6">
      <h1 className="text-std-32B-150">{t("title")}</h1>
      <p>{t("intro", { publisher: publisher.name })}</p>
      <section className="space-y-2" data-testid="contact-lines">
        <h2 className="text-std-24B-150">{t("howHeading")}</h2>
        {publisher.contact.map((line) => (
          <p key={line}>{line}</p>
        ))}
        <p>{t("formNote")}</p>
      </section>
      <section className="space-y-2">
        <h2 className="text-std-24B-150">{t("dataHeading")}</h2>
        <p>
          {t("data")} <Link href={`${publicLinks(locale).data}#corrections`}>{t("correctionsLink")}</Link>
        </p>
      </section>
    </article>
  );
}
