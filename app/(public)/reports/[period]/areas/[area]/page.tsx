import { areaRoute } from "@/components/report/views/routes";
import { loadEditionByPeriod } from "@/lib/report/editions";

const route = areaRoute<{ period: string; area: string }>(({ period }) => loadEditionByPeriod(period));
export const generateMetadata = route.generateMetadata;
export default route.Page;
