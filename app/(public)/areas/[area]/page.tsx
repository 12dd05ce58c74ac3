import { areaRoute } from "@/components/report/views/routes";
import { loadLatestEdition } from "@/lib/report/editions";

const route = areaRoute<{ area: string }>(loadLatestEdition);
export const generateMetadata = route.generateMetadata;
export default route.Page;
