import "server-only";
import { notFound } from "next/navigation";
import { getDb } from "@/db/client";
import { requireStaff } from "@/lib/auth/current-user";
import { getEditionMeta, type EditionMeta } from "@/db/queries/editions";
import { getEditionDiff, getEditionReport } from "./edition-models";
import { publicEditions } from "./edition-list";
import type { ReportModel } from "./model";
import type { AppLocale } from "@/i18n/config";
import { getAppLocale } from "@/lib/format/locale";
import { previewBase, previewChangesPath, publicLinks, reportPaths, type PublicLinks, type ReportPaths } from "./paths";

export type EditionView = {
  edition: EditionMeta;
  report: ReportModel;
  /** This edition's pages, in the reader's language. */
  paths: ReportPaths;
  /** The rest of the public site (latest edition, archive, changes), in the reader's language. */
  links: PublicLinks;
  /** What changed in this edition since the previous one: its public page, or the preview's. */
  changes: string;
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

/** The newest published edition in a list sorted newest first: what the short addresses show. */
export const latestPublished = <E extends Listed>(editions: E[]): E | null =>
  editions.find((e) => e.status === "published") ?? null;
const latestOf = latestPublished;

async function view(
  edition: EditionMeta,
  editions: EditionMeta[],
  kind: EditionView["kind"],
  paths: ReportPaths,
  links: PublicLinks,
): Promise<EditionView> {
  const changes = kind === "preview" ? previewChangesPath(edition.id) : links.changes(edition.period);
  return {
    edition,
    report: await getEditionReport(edition.id),
    paths,
    links,
    changes,
    kind,
    latest: latestOf(editions),
    previous: previousPublished(editions, edition.period),
  };
}

export { getEditionDiff, getEditionReport, publicEditions };

/** The latest published edition, or null before anything has been published. */
export async function loadLatestEdition(locale: AppLocale): Promise<EditionView | null> {
  const editions = await publicEditions();
  const latest = latestOf(editions);
  const links = publicLinks(locale);
  return latest ? view(latest, editions, "latest", links.latest, links) : null;
}

/** The edition at its permanent address (withdrawn ones stay readable there), or null: no such edition. */
export async function loadEditionByPeriod(period: string, locale: AppLocale): Promise<EditionView | null> {
  if (!PERIOD.test(period)) return null;
  const editions = await publicEditions();
  const edition = editions.find((e) => e.period === period);
  if (!edition) return null;
  const links = publicLinks(locale);
  return view(edition, editions, "permanent", links.at(period), links);
}

/** Any edition, drafts included, for those who manage editions. */
export async function loadEditionPreview(id: string): Promise<EditionView> {
  await requireStaff(previewBase(id), "editions.manage");
  const edition = await getEditionMeta(await getDb(), id);
  if (!edition) notFound();
  return view(
    edition,
    await publicEditions(),
    "preview",
    reportPaths(previewBase(id)),
    publicLinks(await getAppLocale()),
  );
}
