import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";

// Client components get only the message groups they use: every group passed here is
// serialised into each page that renders it.
export async function ClientMessages({ groups, children }: { groups: string[]; children: React.ReactNode }) {
  const all = (await getMessages()) as Record<string, unknown>;
  const messages = Object.fromEntries(groups.filter((g) => g in all).map((g) => [g, all[g]]));
  return <NextIntlClientProvider messages={messages}>{children}</NextIntlClientProvider>;
}

/** What the sign-in and staff forms need. */
export const FORM_MESSAGE_GROUPS = ["auth", "users", "roles", "validation", "errors", "form", "error", "notFound"];

/** What the project editor's forms need besides: status names, sides, kinds. */
export const EDITOR_MESSAGE_GROUPS = [
  ...FORM_MESSAGE_GROUPS,
  "editor",
  "rounds",
  "milestoneStatus",
  "lifecycle",
  "confidence",
  "side",
];
