import { mapRoute } from "@/components/report/views/routes";
import { loadEditionByPeriod } from "@/lib/report/editions";

const route = mapRoute<{ period: string }>(({ period }) => loadEditionByPeriod(period));
export const generateMetadata = route.generateMetadata;
export default route.Page;
