import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { pageTitle } from "@/components/layout/page-title";
import { maybePageLocale } from "@/i18n/page-locale";
import { circled } from "@/lib/domain/circled";
import { isMapRegion } from "@/lib/map/regions";
import { getAppLocale } from "@/lib/format/locale";
import { pick } from "@/lib/format/text";
import type { EditionView } from "@/lib/report/editions";
import { parseSearchParams } from "@/lib/report/search";
import { findArea, findProject, parseNumberParam } from "@/lib/report/select";
import { AreaView } from "./area";
import { ChangesView } from "./changes";
import { MapView } from "./map";
import { NoEditionView } from "./no-edition";
import { NotFoundView } from "./not-found";
import { OverviewView } from "./overview";
import { PrintView } from "./print";
import { ProjectView } from "./project";
import { SearchView } from "./search";

// The report's three page types are served at several addresses (the latest edition, an
// edition's permanent address, the staff preview); each address only says how to find its
// edition, and these build its page and metadata.
// Public pages are rendered on their first request and then served from cache until an
// edition is published or withdrawn (generateStaticParams: none ahead of time, so nothing
// reads the database during the build); the staff preview reads the session and so is
// rendered per request.
type Props<P> = { params: Promise<P> };
type Loader<P> = (params: P) => Promise<EditionView | null>;

async function params<P extends object>(props: Props<P>): Promise<P> {
  const p = await props.params;
  maybePageLocale(p);
  return p;
}

/**
 * What a page that names nothing (an unknown edition, area or item) renders. Public pages
 * (with a language in their address) are cached, and render the not-found UI with a 404
 * status (./not-found.tsx says why); per-request pages (search, the staff preview) can only
 * throw, and Next renders their not-found in the browser.
 */
async function missing<P extends object>(props: Props<P>, perRequest = false): Promise<React.ReactElement> {
  if (perRequest || !maybePageLocale(await props.params)) notFound();
  return <NotFoundView />;
}

/** The title of a page that names nothing; never indexed. */
async function missingMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("notFound"))("title"), robots: { index: false } };
}

async function resolve<P extends object>(load: Loader<P>, props: Props<P>): Promise<EditionView | null> {
  return load(await params(props));
}

/** No page is rendered during the build: each is rendered when first asked for, then cached. */
const generateStaticParams = async () => [];

/**
 * The overview of an edition. `whenNone`: what the latest edition's home says before
 * anything is published; at any other address a missing edition is a 404.
 */
export function overviewRoute<P extends object>(load: Loader<P>, whenNone: "no-edition" | "not-found" = "not-found") {
  return {
    generateStaticParams,
    async generateMetadata(props: Props<P>): Promise<Metadata> {
      const view = await resolve(load, props);
      if (!view && whenNone === "not-found") return missingMetadata();
      // The home page shares its segment with the layout, whose title template then does
      // not apply: the page names the site itself, as every other page's title does.
      return { title: { absolute: await pageTitle((await getTranslations("nav"))("overview")) } };
    },
    async Page(props: Props<P>) {
      const view = await resolve(load, props);
      if (view) return <OverviewView view={view} />;
      return whenNone === "no-edition" ? <NoEditionView /> : missing(props);
    },
  };
}

async function findInArea<P extends { area: string }>(load: Loader<P>, props: Props<P>) {
  const view = await resolve(load, props);
  const area = view && findArea(view.report, parseNumberParam((await props.params).area));
  return view && area ? { view, area } : null;
}

export function areaRoute<P extends { area: string }>(load: Loader<P>) {
  return {
    generateStaticParams,
    async generateMetadata(props: Props<P>): Promise<Metadata> {
      const found = await findInArea(load, props);
      if (!found) return missingMetadata();
      return { title: `${found.area.number} ${pick(found.area.title, await getAppLocale())}` };
    },
    async Page(props: Props<P>) {
      const found = await findInArea(load, props);
      return found ? <AreaView view={found.view} area={found.area} /> : missing(props);
    },
  };
}

/** One area with every item in full, for printing. */
export function areaPrintRoute<P extends { area: string }>(load: Loader<P>) {
  return {
    generateStaticParams,
    async generateMetadata(props: Props<P>): Promise<Metadata> {
      const found = await findInArea(load, props);
      if (!found) return missingMetadata();
      const t = await getTranslations("report");
      return { title: `${found.area.number} ${pick(found.area.title, await getAppLocale())}${t("printSuffix")}` };
    },
    async Page(props: Props<P>) {
      const found = await findInArea(load, props);
      return found ? <PrintView view={found.view} area={found.area} /> : missing(props);
    },
  };
}

async function findItem<P extends { area: string; item: string }>(load: Loader<P>, props: Props<P>) {
  const found = await findInArea(load, props);
  const project = found && findProject(found.area, parseNumberParam((await props.params).item));
  return found && project ? { ...found, project } : null;
}

export function projectRoute<P extends { area: string; item: string }>(load: Loader<P>) {
  return {
    generateStaticParams,
    async generateMetadata(props: Props<P>): Promise<Metadata> {
      const found = await findItem(load, props);
      if (!found) return missingMetadata();
      const { project } = found;
      return { title: `${project.areaNumber}-${circled(project.number)} ${pick(project.title, await getAppLocale())}` };
    },
    async Page(props: Props<P>) {
      const found = await findItem(load, props);
      return found ? <ProjectView view={found.view} area={found.area} project={found.project} /> : missing(props);
    },
  };
}

type SearchProps<P> = Props<P> & { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** A page of the whole edition (print, search, map): titled by one message, 404 before any edition. */
function wholeEditionRoute<P extends object>(
  load: Loader<P>,
  title: () => Promise<string>,
  render: (view: EditionView, props: SearchProps<P>) => Promise<React.ReactNode>,
  perRequest = false,
) {
  return {
    generateStaticParams,
    async generateMetadata(props: Props<P>): Promise<Metadata> {
      if (!(await resolve(load, props))) return missingMetadata();
      return { title: await title() };
    },
    async Page(props: SearchProps<P>) {
      const view = await resolve(load, props);
      return view ? render(view, props) : missing(props, perRequest);
    },
  };
}

/** What changed in the edition since the published one before it. */
export function changesRoute<P extends object>(load: Loader<P>) {
  return {
    generateStaticParams,
    async generateMetadata(props: Props<P>): Promise<Metadata> {
      const view = await resolve(load, props);
      if (!view) return missingMetadata();
      return { title: `${(await getTranslations("changes"))("title")}（${view.edition.period}）` };
    },
    async Page(props: Props<P>) {
      const view = await resolve(load, props);
      return view ? <ChangesView view={view} /> : missing(props);
    },
  };
}

export const printRoute = <P extends object>(load: Loader<P>) =>
  wholeEditionRoute(
    load,
    async () => (await getTranslations("report"))("printLink"),
    async (view) => <PrintView view={view} />,
  );
export const mapRoute = <P extends object>(load: Loader<P>) =>
  wholeEditionRoute(
    load,
    async () => (await getTranslations("map"))("pageTitle"),
    async (view) => <MapView view={view} />,
  );
/** One region of the map drawn closer; an unknown region is a 404 like an unknown area. */
export function mapRegionRoute<P extends { region: string }>(load: Loader<P>) {
  async function find(props: Props<P>) {
    const view = await resolve(load, props);
    const { region } = await props.params;
    return view && isMapRegion(region) ? { view, region } : null;
  }
  return {
    generateStaticParams,
    async generateMetadata(props: Props<P>): Promise<Metadata> {
      const found = await find(props);
      if (!found) return missingMetadata();
      const t = await getTranslations("map");
      return { title: t("regionPageTitle", { region: t(`regions.${found.region}`) }) };
    },
    async Page(props: Props<P>) {
      const found = await find(props);
      return found ? <MapView view={found.view} region={found.region} /> : missing(props);
    },
  };
}
// Search answers a query, so it is rendered per request (from the edition in memory): no
// generateStaticParams, which would make Next expect a page that never reads its query.
export function searchRoute<P extends object>(load: Loader<P>) {
  const { generateMetadata, Page } = wholeEditionRoute(
    load,
    async () => (await getTranslations("search"))("title"),
    async (view, props) => <SearchView view={view} query={parseSearchParams(await props.searchParams)} />,
    true,
  );
  return { generateMetadata, Page };
}
