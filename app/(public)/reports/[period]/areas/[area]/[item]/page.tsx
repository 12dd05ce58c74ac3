import { projectRoute } from "@/components/report/views/routes";
import { loadEditionByPeriod } from "@/lib/report/editions";

const route = projectRoute<{ period: string; area: string; item: string }>(({ period }) => loadEditionByPeriod(period));
export const generateMetadata = route.generateMetadata;
export default route.Page;
