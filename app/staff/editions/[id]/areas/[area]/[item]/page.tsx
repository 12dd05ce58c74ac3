import { projectRoute } from "@/components/report/views/routes";
import { loadEditionPreview } from "@/lib/report/editions";

const route = projectRoute<{ id: string; area: string; item: string }>(({ id }) => loadEditionPreview(id));
export const generateMetadata = route.generateMetadata;
export default route.Page;
