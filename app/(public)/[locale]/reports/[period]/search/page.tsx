import { searchRoute } from "@/components/report/views/routes";
import { pageLocale, type LocaleParams } from "@/i18n/page-locale";
import { loadEditionByPeriod } from "@/lib/report/editions";

const route = searchRoute<LocaleParams & { period: string }>((p) => loadEditionByPeriod(p.period, pageLocale(p)));
export const { generateMetadata } = route;
export default route.Page;
