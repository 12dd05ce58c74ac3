import { locales } from "@/i18n/config";
import { policyMetadata, policyPage } from "@/components/layout/policy-page";

// Holds no report data, so both languages are rendered during the build.
export const generateStaticParams = async () => locales.map((locale) => ({ locale }));
export const generateMetadata = policyMetadata("sitePolicy");
export default policyPage("sitePolicy");
