import { mapRegionRoute } from "@/components/report/views/routes";
import { pageLocale, type LocaleParams } from "@/i18n/page-locale";
import { loadEditionByPeriod } from "@/lib/report/editions";

const route = mapRegionRoute<LocaleParams & { period: string; region: string }>((p) =>
  loadEditionByPeriod(p.period, pageLocale(p)),
);
export const { generateStaticParams, generateMetadata } = route;
export default route.Page;
