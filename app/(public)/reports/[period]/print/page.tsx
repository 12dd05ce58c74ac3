import { printRoute } from "@/components/report/views/routes";
import { loadEditionByPeriod } from "@/lib/report/editions";

const route = printRoute<{ period: string }>(({ period }) => loadEditionByPeriod(period));
export const generateMetadata = route.generateMetadata;
export default route.Page;
