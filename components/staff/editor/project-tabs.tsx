"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useTranslations } from "next-intl";

const TABS = ["details", "milestones", "indicators", "notes", "partners", "round", "history"] as const;

/** The editor's sections as links (each is its own page, so the browser's back works). */
export function ProjectTabs({ id }: { id: string }) {
  const t = useTranslations("editor.tabs");
  const pathname = usePathname();
  const base = `/staff/projects/${id}`;
  return (
    <nav aria-label={t("label")} className="border-b border-solid-gray-420">
      <ul className="flex flex-wrap gap-1">
        {TABS.map((tab) => {
          const href = tab === "details" ? base : `${base}/${tab}`;
          // A tab's own pages (the milestone table under milestones) keep it marked.
          const current = pathname === href || (tab !== "details" && pathname.startsWith(`${href}/`));
          return (
            <li key={tab}>
              <Link
                href={href}
                aria-current={current ? "page" : undefined}
                className={`inline-flex min-h-11 items-center px-4 ${current ? "border-b-4 border-blue-900 font-bold" : ""}`}
              >
                {t(tab)}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
