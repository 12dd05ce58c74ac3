import { getTranslations } from "next-intl/server";
import { StatusIcon, type StatusShape } from "./status-icon";

// superseded: published, and a newer edition has been published since (the archive says so).
const SHAPES: Record<"draft" | "published" | "withdrawn" | "superseded", StatusShape> = {
  draft: "circle",
  published: "check",
  withdrawn: "cross",
  superseded: "pause",
};

/** An edition's status as icon and text. */
export async function EditionStatus({ status }: { status: keyof typeof SHAPES }) {
  const t = await getTranslations("editions");
  return (
    <span className="inline-flex items-center gap-1" data-status={status}>
      <StatusIcon shape={SHAPES[status]} />
      {t(`statuses.${status}`)}
    </span>
  );
}
