// Each root layout loads the font and the styles (the document frame is components/layout/document.tsx).
import "@fontsource-variable/noto-sans-jp";
import "@/app/globals.css";
import type { Metadata } from "next";
import { CookieLocaleDocument, siteMetadata } from "@/components/layout/document";

// Nothing under /staff belongs in a search engine, previews of unpublished drafts least of all.
export async function generateMetadata(): Promise<Metadata> {
  return { ...(await siteMetadata()), robots: { index: false, follow: false } };
}

export default function StaffLayout({ children }: { children: React.ReactNode }) {
  return <CookieLocaleDocument>{children}</CookieLocaleDocument>;
}
