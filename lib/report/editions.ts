import "server-only";
import { notFound } from "next/navigation";
import { getDb } from "@/db/client";
import { requireStaff } from "@/lib/auth/current-user";
import { getEditionContent, getEditionMeta, listPublicEditions, type EditionMeta } from "@/db/queries/editions";
import { diffReports, type ReportDiff } from "./diff";
import { cachedPublicEditions } from "./edition-list";
import { deepFreeze } from "./frozen";
import { REPORT_SCHEMA_VERSION, type ReportModel } from "./model";
import { LATEST, previewBase, reportPaths, editionHref, type ReportPaths } from "./paths";

// An edition's content never changes once stored (drafts are never rewritten either, and a
// published one cannot be, see migration 0006), so a parsed model is kept per edition id
// and never invalidated. A few are kept: at 10,000 projects one model is large.
const KEEP = 4;
const slot = globalThis as unknown as { __editionModels?: Map<string, Promise<ReportModel>> };

export async function getEditionReport(id: string): Promise<ReportModel> {
  const cache = (slot.__editionModels ??= new Map());
  const hit = cache.get(id);
  if (hit) {
    cache.delete(id);
    cache.set(id, hit);
    return hit;
  }
  const loading = getDb()
    .then((db) => getEditionContent(db, id))
    .then((content) => {
      if (!content) throw new Error(`Edition ${id} has no content.`);
      const model = JSON.parse(content) as ReportModel;
      // Only one shape has ever been stored; a second one will need an upgrade step here.
      if (model.schemaVersion !== REPORT_SCHEMA_VERSION) throw new Error(`Edition ${id} has schema version ${model.schemaVersion}.`);
      return deepFreeze(model);
    });
  cache.set(id, loading);
  loading.catch(() => cache.delete(id));
  while (cache.size > KEEP) cache.delete(cache.keys().next().value!);
  return loading;
}

export type EditionView = {
  edition: EditionMeta;
  report: ReportModel;
  paths: ReportPaths;
  /** latest: the short addresses; permanent: /reports/<period>; preview: a staff look at any edition. */
  kind: "latest" | "permanent" | "preview";
  latest: EditionMeta | null;
  /** The published edition before this one, which its changes page compares against. */
  previous: EditionMeta | null;
};

const PERIOD = /^[0-9]{4}-(0[1-9]|1[0-2])$/;

function previousOf(editions: EditionMeta[], period: string): EditionMeta | null {
  return editions.find((e) => e.status === "published" && e.period < period) ?? null;
}

const latestOf = (editions: EditionMeta[]) => editions.find((e) => e.status === "published") ?? null;

async function view(edition: EditionMeta, editions: EditionMeta[], kind: EditionView["kind"], paths: ReportPaths): Promise<EditionView> {
  return { edition, report: await getEditionReport(edition.id), paths, kind, latest: latestOf(editions), previous: previousOf(editions, edition.period) };
}

/** Every published or withdrawn edition, newest first, from memory once read. */
export const publicEditions = () => cachedPublicEditions(async () => listPublicEditions(await getDb()));

/** The latest published edition, or null before anything has been published. */
export async function loadLatestEdition(): Promise<EditionView | null> {
  const editions = await publicEditions();
  const latest = latestOf(editions);
  return latest ? view(latest, editions, "latest", LATEST) : null;
}

/** The edition at its permanent address; withdrawn ones stay readable there. */
export async function loadEditionByPeriod(period: string): Promise<EditionView> {
  if (!PERIOD.test(period)) notFound();
  const editions = await publicEditions();
  const edition = editions.find((e) => e.period === period);
  if (!edition) notFound();
  return view(edition, editions, "permanent", reportPaths(editionHref(period)));
}

/** Any edition, drafts included, for those who manage editions. */
export async function loadEditionPreview(id: string): Promise<EditionView> {
  await requireStaff(previewBase(id), "editions.manage");
  const db = await getDb();
  const edition = /^[0-9a-f-]{36}$/.test(id) ? await getEditionMeta(db, id) : null;
  if (!edition) notFound();
  return view(edition, await publicEditions(), "preview", reportPaths(previewBase(id)));
}

// Two stored editions never change, so neither does their difference.
const diffs = new Map<string, Promise<ReportDiff>>();

/** What changed from one stored edition to another (cached; the pair is immutable). */
export function getEditionDiff(fromId: string, toId: string): Promise<ReportDiff> {
  const key = `${fromId}:${toId}`;
  let hit = diffs.get(key);
  if (!hit) {
    hit = Promise.all([getEditionReport(fromId), getEditionReport(toId)]).then(([from, to]) => diffReports(from, to));
    diffs.set(key, hit);
    hit.catch(() => diffs.delete(key));
    while (diffs.size > KEEP) diffs.delete(diffs.keys().next().value!);
  }
  return hit;
}
