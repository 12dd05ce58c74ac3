import { overviewRoute } from "@/components/report/views/routes";
import { pageLocale, type LocaleParams } from "@/i18n/page-locale";
import { loadLatestEdition } from "@/lib/report/editions";

// The home page is the latest published edition; live data is never shown to the public.
const route = overviewRoute<LocaleParams>((p) => loadLatestEdition(pageLocale(p)), "no-edition");
export const { generateStaticParams, generateMetadata } = route;
export default route.Page;
