import { mapRegionRoute } from "@/components/report/views/routes";
import { loadEditionPreview } from "@/lib/report/editions";

// The preview's own address for this page, so that every link of the preview stays in it.
const route = mapRegionRoute<{ id: string; region: string }>(({ id }) => loadEditionPreview(id));
export const generateMetadata = route.generateMetadata;
export default route.Page;
