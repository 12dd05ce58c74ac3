import { printRoute } from "@/components/report/views/routes";
import { loadLatestEdition } from "@/lib/report/editions";

const route = printRoute(loadLatestEdition);
export const generateMetadata = route.generateMetadata;
export default route.Page;
