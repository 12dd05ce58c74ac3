"use client";

import type { ReactNode } from "react";
import type { FieldValues } from "react-hook-form";
import type { z } from "zod";
import type { ActionResult } from "@/lib/actions/result";
import type { ConflictField } from "./conflict-notice";
import { RecordCreate, RecordItem, type RenderFields } from "./record-item";

/** A record as an editor list gets it: the form's values and a summary rendered on the server. */
export type EditorItem = { defaults: FieldValues & { id: string; version: number }; summary: ReactNode };

type Action = (input: unknown) => Promise<ActionResult<unknown>>;

/** The actions and schemas of a kind of listed record (lib/actions/records.ts); a place only moves and goes. */
export type ListActions = {
  schemas: { create?: z.ZodType<FieldValues, FieldValues>; save: z.ZodType<FieldValues, FieldValues> };
  create?: Action;
  save?: Action;
  remove: Action;
  move: Action;
};

type Props<I extends EditorItem> = {
  /** Names the fields' ids: "milestone" gives milestone-<id>-titleJa. */
  kind: string;
  title: string;
  empty: string;
  /** The add form's title; no add form when the list is read-only. */
  addTitle: string;
  items: I[];
  actions: ListActions;
  /** The add form's values: the parent to add to and empty fields. */
  createDefaults?: FieldValues & { parentId: string };
  /** An add form of the kind's own, in place of the generic one (partners: pick or create). */
  addForm?: ReactNode;
  conflictFields: ConflictField[];
  renderFields: RenderFields;
  readOnly: boolean;
  level?: 2 | 3;
  /** What sits under each record (an indicator's targets and values). */
  below?: (item: I) => ReactNode;
};

/** A titled list of records, each with its form, moves and deletion, then the form that adds one. */
export function RecordList<I extends EditorItem>({
  kind,
  title,
  empty,
  addTitle,
  items,
  actions,
  createDefaults,
  addForm,
  conflictFields,
  renderFields,
  readOnly,
  level = 2,
  below,
}: Props<I>) {
  const Heading = level === 2 ? "h2" : "h3";
  return (
    <section className="space-y-4">
      <Heading className={level === 2 ? "text-std-24B-150" : "text-std-20B-150"}>{title}</Heading>
      {items.length === 0 && <p>{empty}</p>}
      <ol className="space-y-3">
        {items.map((item, index) => (
          <RecordItem
            key={item.defaults.id}
            summary={item.summary}
            idPrefix={`${kind}-${item.defaults.id}`}
            schema={actions.schemas.save}
            defaults={item.defaults}
            save={actions.save}
            remove={actions.remove}
            move={actions.move}
            position={{ index, count: items.length }}
            conflictFields={conflictFields}
            readOnly={readOnly}
            renderFields={renderFields}
          >
            {below?.(item)}
          </RecordItem>
        ))}
      </ol>
      {!readOnly && addForm}
      {!readOnly && createDefaults && actions.create && actions.schemas.create && (
        <RecordCreate
          title={addTitle}
          idPrefix={`${kind}-new-${createDefaults.parentId}`}
          schema={actions.schemas.create}
          defaults={createDefaults}
          create={actions.create}
          renderFields={renderFields}
        />
      )}
    </section>
  );
}
