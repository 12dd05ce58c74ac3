import { defineRouting } from "next-intl/routing";
import { defaultLocale, locales } from "./config";

// Public pages carry their language in the address: Japanese at the short one (/areas/2),
// English under /en (/en/areas/2); next.config.js maps the addresses. The address alone
// decides, so a page is the same for every reader and can be served from cache: no
// detection from Accept-Language and no cookie. Staff pages keep their language in a
// cookie instead (see request.ts). next-intl reads this for its navigation helpers.
export const routing = defineRouting({
  locales,
  defaultLocale,
  localePrefix: "as-needed",
});
