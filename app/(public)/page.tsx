import { overviewRoute } from "@/components/report/views/routes";
import { loadLatestEdition } from "@/lib/report/editions";

// The home page is the latest published edition; live data is never shown to the public.
const route = overviewRoute(loadLatestEdition);
export const generateMetadata = route.generateMetadata;
export default route.Page;
