import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { requireStaff } from "@/lib/auth/current-user";

export default async function ForbiddenPage() {
  await requireStaff("/staff");
  const t = await getTranslations("staff");
  return (
    <div className="space-y-4" data-testid="forbidden">
      <h1 className="text-std-32B-150">{t("forbiddenTitle")}</h1>
      <p>{t("forbiddenBody")}</p>
      <p>
        <Link href="/staff">{t("backHome")}</Link>
      </p>
    </div>
  );
}
