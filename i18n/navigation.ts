import { createNavigation } from "next-intl/navigation";
import { routing } from "./routing";

// The path of the current public page without its language prefix (/en/areas/2 → /areas/2).
export const { usePathname } = createNavigation(routing);
