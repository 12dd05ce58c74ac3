import type { Metadata } from "next";
import { ClientMessages, FORM_MESSAGE_GROUPS } from "@/components/layout/client-messages";

// Nothing under /staff belongs in a search engine, previews of unpublished drafts least of all.
export const metadata: Metadata = { robots: { index: false, follow: false } };

export default function StaffLayout({ children }: { children: React.ReactNode }) {
  return <ClientMessages groups={FORM_MESSAGE_GROUPS}>{children}</ClientMessages>;
}
