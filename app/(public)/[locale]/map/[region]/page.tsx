import { mapRegionRoute } from "@/components/report/views/routes";
import { pageLocale, type LocaleParams } from "@/i18n/page-locale";
import { loadLatestEdition } from "@/lib/report/editions";

const route = mapRegionRoute<LocaleParams & { region: string }>((p) => loadLatestEdition(pageLocale(p)));
export const { generateStaticParams, generateMetadata } = route;
export default route.Page;
