import Link from "next/link";
import { getTranslations } from "next-intl/server";

/** Before the first edition is published there is nothing the public may read yet. */
export async function NoEditionView() {
  const t = await getTranslations("archive");
  return (
    <div className="space-y-4" data-testid="no-edition">
      <h1 className="text-std-32B-150">{t("noEditionTitle")}</h1>
      <p>{t("noEditionBody")}</p>
      <p><Link href="/accessibility">{t("accessibilityLink")}</Link></p>
    </div>
  );
}
