import "server-only";
import { notFound } from "next/navigation";
import { getDb } from "@/db/client";
import { requireStaff } from "@/lib/auth/current-user";
import { getEditionContent, getEditionMeta, listPublicEditions, type EditionMeta } from "@/db/queries/editions";
import { diffReports, type ReportDiff } from "./diff";
import { boundedCache } from "./bounded-cache";
import { cachedPublicEditions } from "./edition-list";
import { deepFreeze } from "./frozen";
import { REPORT_SCHEMA_VERSION, type ReportModel } from "./model";
import type { AppLocale } from "@/i18n/config";
import { getAppLocale } from "@/lib/format/locale";
import { previewBase, publicLinks, reportPaths, type PublicLinks, type ReportPaths } from "./paths";

// An edition's content never changes once stored (drafts are never rewritten by the
// application, and a published one cannot be, see migrations 0006 and 0007), so a parsed model
// is kept per edition id, and so is the difference between two. A few are kept: at 10,000
// projects one model is large.
const KEEP = 4;
const slot = globalThis as unknown as { __editionCaches?: { models: ReturnType<typeof boundedCache<ReportModel>>; diffs: ReturnType<typeof boundedCache<ReportDiff>> } };
const caches = () => (slot.__editionCaches ??= { models: boundedCache<ReportModel>(KEEP), diffs: boundedCache<ReportDiff>(KEEP) });

async function loadEditionReport(id: string): Promise<ReportModel> {
  const content = await getEditionContent(await getDb(), id);
  if (!content) throw new Error(`Edition ${id} has no content.`);
  const model = JSON.parse(content) as ReportModel;
  // Only one shape has ever been stored; a second one will need an upgrade step here.
  if (model.schemaVersion !== REPORT_SCHEMA_VERSION) throw new Error(`Edition ${id} has schema version ${model.schemaVersion}.`);
  return deepFreeze(model);
}

export const getEditionReport = (id: string) => caches().models(id, () => loadEditionReport(id));

/** What changed from one stored edition to another. */
export const getEditionDiff = (fromId: string, toId: string) =>
  caches().diffs(`${fromId}:${toId}`, async () => diffReports(...(await Promise.all([getEditionReport(fromId), getEditionReport(toId)]))));

export type EditionView = {
  edition: EditionMeta;
  report: ReportModel;
  /** This edition's pages, in the reader's language. */
  paths: ReportPaths;
  /** The rest of the public site (latest edition, archive, changes), in the reader's language. */
  links: PublicLinks;
  /** latest: the short addresses; permanent: /reports/<period>; preview: a staff look at any edition. */
  kind: "latest" | "permanent" | "preview";
  latest: EditionMeta | null;
  /** The published edition before this one, which its changes page compares against. */
  previous: EditionMeta | null;
};

const PERIOD = /^[0-9]{4}-(0[1-9]|1[0-2])$/;

type Listed = { status: "draft" | "published" | "withdrawn"; period: string };

/** The published edition before `period` in a list sorted newest first: what a newer one is compared with. */
export function previousPublished<E extends Listed>(editions: E[], period: string): E | null {
  return editions.find((e) => e.status === "published" && e.period < period) ?? null;
}

const latestOf = (editions: EditionMeta[]) => editions.find((e) => e.status === "published") ?? null;

async function view(edition: EditionMeta, editions: EditionMeta[], kind: EditionView["kind"], paths: ReportPaths, links: PublicLinks): Promise<EditionView> {
  return { edition, report: await getEditionReport(edition.id), paths, links, kind, latest: latestOf(editions), previous: previousPublished(editions, edition.period) };
}

/** Every published or withdrawn edition, newest first, from memory once read. */
export const publicEditions = () => cachedPublicEditions(async () => listPublicEditions(await getDb()));

/** The latest published edition, or null before anything has been published. */
export async function loadLatestEdition(locale: AppLocale): Promise<EditionView | null> {
  const editions = await publicEditions();
  const latest = latestOf(editions);
  const links = publicLinks(locale);
  return latest ? view(latest, editions, "latest", links.latest, links) : null;
}

/** The edition at its permanent address; withdrawn ones stay readable there. */
export async function loadEditionByPeriod(period: string, locale: AppLocale): Promise<EditionView> {
  if (!PERIOD.test(period)) notFound();
  const editions = await publicEditions();
  const edition = editions.find((e) => e.period === period);
  if (!edition) notFound();
  const links = publicLinks(locale);
  return view(edition, editions, "permanent", links.at(period), links);
}

/** Any edition, drafts included, for those who manage editions. */
export async function loadEditionPreview(id: string): Promise<EditionView> {
  await requireStaff(previewBase(id), "editions.manage");
  const edition = await getEditionMeta(await getDb(), id);
  if (!edition) notFound();
  return view(edition, await publicEditions(), "preview", reportPaths(previewBase(id)), publicLinks(await getAppLocale()));
}
