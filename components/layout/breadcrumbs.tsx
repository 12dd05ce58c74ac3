import Link from "next/link";
import { getTranslations } from "next-intl/server";

export type Crumb = { label: string; href?: string };

/** Breadcrumbs as the design system prescribes: nav + ol, the current page marked. */
export async function Breadcrumbs({ items }: { items: Crumb[] }) {
  const t = await getTranslations("nav");
  return (
    <nav aria-label={t("breadcrumb")} className="no-print mb-6">
      <ol className="flex flex-wrap gap-x-2 text-std-16N-170">
        {items.map((item, i) => (
          <li key={i} className="flex items-center gap-2">
            {i > 0 && <span aria-hidden="true">›</span>}
            {item.href ? <Link href={item.href}>{item.label}</Link> : <span aria-current="page">{item.label}</span>}
          </li>
        ))}
      </ol>
    </nav>
  );
}
