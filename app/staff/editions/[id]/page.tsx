import { overviewRoute } from "@/components/report/views/routes";
import { loadEditionPreview } from "@/lib/report/editions";

// The preview shows an edition, draft or not, exactly as the public pages render it.
const route = overviewRoute<{ id: string }>(({ id }) => loadEditionPreview(id));
export const generateMetadata = route.generateMetadata;
export default route.Page;
