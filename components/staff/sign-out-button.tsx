import { getTranslations } from "next-intl/server";
import { signOutAction } from "@/lib/actions/server/login";

export async function SignOutButton() {
  const t = await getTranslations("auth");
  return (
    <form action={signOutAction}>
      <button type="submit" className="min-h-11 rounded-8 border border-blue-900 px-4 text-blue-1000 hover:bg-blue-50">
        {t("signOut")}
      </button>
    </form>
  );
}
