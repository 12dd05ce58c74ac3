import { ClientMessages, FORM_MESSAGE_GROUPS } from "@/components/layout/client-messages";

export default function AuthLayout({ children }: { children: React.ReactNode }) {
  return <ClientMessages groups={FORM_MESSAGE_GROUPS}>{children}</ClientMessages>;
}
