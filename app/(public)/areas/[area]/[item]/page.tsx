import { projectRoute } from "@/components/report/views/routes";
import { loadLatestEdition } from "@/lib/report/editions";

const route = projectRoute<{ area: string; item: string }>(loadLatestEdition);
export const generateMetadata = route.generateMetadata;
export default route.Page;
