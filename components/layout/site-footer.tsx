import { getTranslations } from "next-intl/server";

export async function SiteFooter() {
  const t = await getTranslations("site");
  return (
    <footer className="border-t border-solid-gray-420 bg-solid-gray-50 no-print">
      <div className="max-w-[1200px] mx-auto px-4 md:px-8 py-6 text-dns-16N-130 text-solid-gray-700">
        <p>{t("footerNote")}</p>
        <p>{t("publisher")}</p>
      </div>
    </footer>
  );
}
