import { searchRoute } from "@/components/report/views/routes";
import { loadEditionByPeriod } from "@/lib/report/editions";

const route = searchRoute<{ period: string }>(({ period }) => loadEditionByPeriod(period));
export const generateMetadata = route.generateMetadata;
export default route.Page;
