import type { Metadata } from "next";
import { CookieLocaleDocument, siteMetadata } from "@/components/layout/document";

export const generateMetadata = (): Promise<Metadata> => siteMetadata();

export default function AuthLayout({ children }: { children: React.ReactNode }) {
  return <CookieLocaleDocument>{children}</CookieLocaleDocument>;
}
