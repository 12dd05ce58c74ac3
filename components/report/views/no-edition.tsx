import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { getAppLocale } from "@/lib/format/locale";
import { publicLinks } from "@/lib/report/paths";

/** Before the first edition is published there is nothing the public may read yet. */
export async function NoEditionView() {
  const [t, locale] = await Promise.all([getTranslations("archive"), getAppLocale()]);
  return (
    <div className="space-y-4" data-testid="no-edition">
      <h1 className="text-std-32B-150">{t("noEditionTitle")}</h1>
      <p>{t("noEditionBody")}</p>
      <p>
        <Link href={publicLinks(locale).accessibility}>{t("accessibilityLink")}</Link>
      </p>
    </div>
  );
}
