// Each root layout loads the font and the styles (the document frame is components/layout/document.tsx).
import "@fontsource-variable/noto-sans-jp";
import "@/app/globals.css";
import type { Metadata } from "next";
import { CookieLocaleDocument, siteMetadata } from "@/components/layout/document";

export const generateMetadata = (): Promise<Metadata> => siteMetadata();

export default function AuthLayout({ children }: { children: React.ReactNode }) {
  return <CookieLocaleDocument>{children}</CookieLocaleDocument>;
}
