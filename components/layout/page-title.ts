import { getTranslations } from "next-intl/server";

// Every page's title is "page – site", in the page's language. Layouts apply it as a template;
// a page that shares its segment with the layout (the home page) is not reached by that
// template and spells it out with pageTitle().
const SEPARATOR = " – ";

export const titleTemplate = (site: string) => `%s${SEPARATOR}${site}`;

export async function pageTitle(page: string): Promise<string> {
  return titleTemplate((await getTranslations("site"))("name")).replace("%s", () => page);
}
