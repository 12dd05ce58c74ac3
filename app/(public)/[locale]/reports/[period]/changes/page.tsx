import { changesRoute } from "@/components/report/views/routes";
import { pageLocale, type LocaleParams } from "@/i18n/page-locale";
import { loadEditionByPeriod } from "@/lib/report/editions";

// What changed in this edition since the published one before it.
const route = changesRoute<LocaleParams & { period: string }>((p) => loadEditionByPeriod(p.period, pageLocale(p)));
export const { generateStaticParams, generateMetadata } = route;
export default route.Page;
