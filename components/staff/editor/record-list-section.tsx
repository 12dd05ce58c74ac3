"use client";

import type { ReactNode } from "react";
import type { FieldValues } from "react-hook-form";

/** A record as an editor list gets it: the form's values and a summary rendered on the server. */
export type EditorItem = { defaults: FieldValues & { id: string; version: number }; summary: ReactNode };

/** A titled list of records; the add form, when there is one, comes last. */
export function RecordListSection({ title, empty, count, children, level = 2 }: { title: string; empty: string; count: number; children: ReactNode; level?: 2 | 3 }) {
  const [items, ...rest] = Array.isArray(children) ? children : [children];
  const Heading = level === 2 ? "h2" : "h3";
  return (
    <section className="space-y-4">
      <Heading className={level === 2 ? "text-std-24B-150" : "text-std-20B-150"}>{title}</Heading>
      {count === 0 && <p>{empty}</p>}
      <ol className="space-y-3">{items}</ol>
      {rest}
    </section>
  );
}
