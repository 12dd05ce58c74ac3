import { getTranslations } from "next-intl/server";
import { StatusIcon, type StatusShape } from "./status-icon";

const SHAPES: Record<"draft" | "published" | "withdrawn", StatusShape> = { draft: "circle", published: "check", withdrawn: "cross" };

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
