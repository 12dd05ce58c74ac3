import { areaRoute } from "@/components/report/views/routes";
import { loadEditionPreview } from "@/lib/report/editions";

const route = areaRoute<{ id: string; area: string }>(({ id }) => loadEditionPreview(id));
export const generateMetadata = route.generateMetadata;
export default route.Page;
