import { mapRoute } from "@/components/report/views/routes";
import { loadLatestEdition } from "@/lib/report/editions";

const route = mapRoute(loadLatestEdition);
export const generateMetadata = route.generateMetadata;
export default route.Page;
