import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { maybePageLocale } from "@/i18n/page-locale";
import { circled } from "@/lib/format/circled";
import { getAppLocale } from "@/lib/format/locale";
import { pick } from "@/lib/format/text";
import type { EditionView } from "@/lib/report/editions";
import { parseSearchParams } from "@/lib/report/search";
import { findArea, findProject, parseNumberParam } from "@/lib/report/select";
import { AreaView } from "./area";
import { MapView } from "./map";
import { NoEditionView } from "./no-edition";
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

async function resolve<P extends object>(load: Loader<P>, props: Props<P>): Promise<EditionView | null> {
  return load(await params(props));
}

/** No page is rendered during the build: each is rendered when first asked for, then cached. */
const generateStaticParams = async () => [];

export function overviewRoute<P extends object>(load: Loader<P>) {
  return {
    generateStaticParams,
    async generateMetadata(props: Props<P>): Promise<Metadata> {
      await params(props);
      return { title: (await getTranslations("nav"))("overview") };
    },
    async Page(props: Props<P>) {
      const view = await resolve(load, props);
      return view ? <OverviewView view={view} /> : <NoEditionView />;
    },
  };
}

async function loadArea<P extends { area: string }>(load: Loader<P>, props: Props<P>) {
  const view = await resolve(load, props);
  const area = view && findArea(view.report, parseNumberParam((await props.params).area));
  if (!view || !area) notFound();
  return { view, area };
}

export function areaRoute<P extends { area: string }>(load: Loader<P>) {
  return {
    generateStaticParams,
    async generateMetadata(props: Props<P>): Promise<Metadata> {
      const { area } = await loadArea(load, props);
      return { title: `${area.number} ${pick(area.title, await getAppLocale())}` };
    },
    async Page(props: Props<P>) {
      const { view, area } = await loadArea(load, props);
      return <AreaView view={view} area={area} />;
    },
  };
}

/** One area with every item in full, for printing. */
export function areaPrintRoute<P extends { area: string }>(load: Loader<P>) {
  return {
    generateStaticParams,
    async generateMetadata(props: Props<P>): Promise<Metadata> {
      const { area } = await loadArea(load, props);
      const t = await getTranslations("report");
      return { title: `${area.number} ${pick(area.title, await getAppLocale())}${t("printSuffix")}` };
    },
    async Page(props: Props<P>) {
      const { view, area } = await loadArea(load, props);
      return <PrintView view={view} area={area} />;
    },
  };
}

async function loadProject<P extends { area: string; item: string }>(load: Loader<P>, props: Props<P>) {
  const { view, area } = await loadArea(load, props);
  const project = findProject(area, parseNumberParam((await props.params).item));
  if (!project) notFound();
  return { view, area, project };
}

export function projectRoute<P extends { area: string; item: string }>(load: Loader<P>) {
  return {
    generateStaticParams,
    async generateMetadata(props: Props<P>): Promise<Metadata> {
      const { project } = await loadProject(load, props);
      return { title: `${project.areaNumber}-${circled(project.number)} ${pick(project.title, await getAppLocale())}` };
    },
    async Page(props: Props<P>) {
      const { view, area, project } = await loadProject(load, props);
      return <ProjectView view={view} area={area} project={project} />;
    },
  };
}

type SearchProps<P> = Props<P> & { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** A page of the whole edition (print, search, map): titled by one message, 404 before any edition. */
function wholeEditionRoute<P extends object>(load: Loader<P>, title: [namespace: string, key: string], render: (view: EditionView, props: SearchProps<P>) => Promise<React.ReactNode>) {
  return {
    generateStaticParams,
    async generateMetadata(props: Props<P>): Promise<Metadata> {
      await params(props);
      return { title: (await getTranslations(title[0]))(title[1]) };
    },
    async Page(props: SearchProps<P>) {
      const view = await resolve(load, props);
      if (!view) notFound();
      return render(view, props);
    },
  };
}

export const printRoute = <P extends object>(load: Loader<P>) => wholeEditionRoute(load, ["report", "printLink"], async (view) => <PrintView view={view} />);
export const mapRoute = <P extends object>(load: Loader<P>) => wholeEditionRoute(load, ["map", "pageTitle"], async (view) => <MapView view={view} />);
// Search answers a query, so it is rendered per request (from the edition in memory): no
// generateStaticParams, which would make Next expect a page that never reads its query.
export function searchRoute<P extends object>(load: Loader<P>) {
  const { generateMetadata, Page } = wholeEditionRoute(load, ["search", "title"], async (view, props) => <SearchView view={view} query={parseSearchParams(await props.searchParams)} />);
  return { generateMetadata, Page };
}
