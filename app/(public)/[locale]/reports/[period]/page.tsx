import { overviewRoute } from "@/components/report/views/routes";
import { pageLocale, type LocaleParams } from "@/i18n/page-locale";
import { loadEditionByPeriod } from "@/lib/report/editions";

// An edition's permanent address: it keeps serving that edition, unchanged, after newer ones appear.
const route = overviewRoute<LocaleParams & { period: string }>((p) => loadEditionByPeriod(p.period, pageLocale(p)));
export const { generateStaticParams, generateMetadata } = route;
export default route.Page;
