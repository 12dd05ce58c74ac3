import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { FormMessages } from "@/components/forms/form-messages";
import { safeCallbackUrl } from "@/lib/auth/return-path";
import { getCurrentUser } from "@/lib/auth/current-user";
import { LoginForm } from "./login-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("auth");
  return { title: t("title"), robots: { index: false } };
}

type Props = { searchParams: Promise<{ callbackUrl?: string; signedOut?: string }> };

export default async function LoginPage({ searchParams }: Props) {
  const { callbackUrl, signedOut } = await searchParams;
  const target = safeCallbackUrl(callbackUrl);
  if (await getCurrentUser()) redirect(target);
  const t = await getTranslations("auth");
  return (
    <div className="space-y-6">
      <h1 className="text-std-32B-150">{t("title")}</h1>
      <p id="login-intro">{t("intro")}</p>
      {signedOut && <FormMessages error={null} success={t("signedOut")} />}
      <LoginForm callbackUrl={target} />
    </div>
  );
}
