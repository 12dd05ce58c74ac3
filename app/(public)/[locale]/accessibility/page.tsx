import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { locales } from "@/i18n/config";
import { pageLocale, type LocaleParams } from "@/i18n/page-locale";

type Props = { params: Promise<LocaleParams> };

// Holds no report data, so both languages are rendered during the build.
export const generateStaticParams = async () => locales.map((locale) => ({ locale }));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  pageLocale(await params);
  const t = await getTranslations("accessibility");
  return { title: t("title") };
}

export default async function AccessibilityPolicyPage({ params }: Props) {
  pageLocale(await params);
  const t = await getTranslations("accessibility");
  const how = t.raw("how") as string[];
  return (
    <article className="max-w-[800px] space-y-6">
      <h1 className="text-std-32B-150">{t("title")}</h1>
      <p>{t("intro")}</p>
      <section className="space-y-2">
        <h2 className="text-std-24B-150">{t("targetHeading")}</h2>
        <p>{t("target")}</p>
      </section>
      <section className="space-y-2">
        <h2 className="text-std-24B-150">{t("howHeading")}</h2>
        <ul className="list-disc pl-6">
          {how.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      </section>
      <section className="space-y-2">
        <h2 className="text-std-24B-150">{t("testsHeading")}</h2>
        <p>{t("tests")}</p>
      </section>
      <section className="space-y-2">
        <h2 className="text-std-24B-150">{t("contactHeading")}</h2>
        <p>{t("contact")}</p>
      </section>
    </article>
  );
}
