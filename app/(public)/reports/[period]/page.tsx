import { overviewRoute } from "@/components/report/views/routes";
import { loadEditionByPeriod } from "@/lib/report/editions";

// An edition's permanent address: it keeps serving that edition, unchanged, after newer ones appear.
const route = overviewRoute<{ period: string }>(({ period }) => loadEditionByPeriod(period));
export const generateMetadata = route.generateMetadata;
export default route.Page;
