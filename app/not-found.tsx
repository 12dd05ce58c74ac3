import Link from "next/link";
import { getTranslations } from "next-intl/server";

export default async function NotFound() {
  const t = await getTranslations("notFound");
  return (
    <div className="space-y-4" data-testid="not-found">
      <h1 className="text-std-32B-150">{t("title")}</h1>
      <p>{t("body")}</p>
      <p><Link href="/">{t("home")}</Link></p>
    </div>
  );
}
