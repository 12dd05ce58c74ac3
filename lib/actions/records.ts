import type { z } from "zod";
import { createRecord, deleteRecord, moveRecord, saveRecord } from "@/db/mutations/records";
import { KINDS, type RecordKind } from "@/db/records/kinds";
import { authorizeOwner, ownerOfParent, ownerOfRecord } from "@/db/records/owner";
import { mediaSchemas, progressSchemas } from "@/lib/validation/content";
import { deleteRecordSchema, moveRecordSchema } from "@/lib/validation/fields";
import { indicatorSchemas, observationSchemas, targetSchemas } from "@/lib/validation/indicators";
import { milestoneSchemas } from "@/lib/validation/milestones";
import { defineAction, refreshedByTheForm } from "./define-action";

// Create, save, delete and move for each kind of record in a project's lists. Editors
// may change records of their own areas only: checked against the record's project in
// the database, whatever ids the browser sent.

type Schemas = { create: z.ZodType<{ parentId: string }>; save: z.ZodType<{ id: string; version: number }> };

function recordActions(kind: RecordKind, name: string, schemas: Schemas) {
  const spec = KINDS[kind];
  const byRecord = async (
    tx: Parameters<typeof ownerOfRecord>[0],
    id: string,
    actor: Parameters<typeof authorizeOwner>[1],
  ) => authorizeOwner(await ownerOfRecord(tx, spec, id), actor);
  return {
    create: defineAction({
      name: `create${name}`,
      permission: "projects.edit",
      schema: schemas.create,
      authorize: async (tx, input, actor) => authorizeOwner(await ownerOfParent(tx, spec, input.parentId), actor),
      run: (tx, { parentId, ...values }, ctx) => createRecord(tx, spec, parentId, values, ctx),
      revalidate: refreshedByTheForm,
    }),
    save: defineAction({
      name: `save${name}`,
      permission: "projects.edit",
      schema: schemas.save,
      authorize: (tx, input, actor) => byRecord(tx, input.id, actor),
      run: (tx, { id, version, ...values }, ctx) => saveRecord(tx, spec, { id, version }, values, ctx),
      revalidate: refreshedByTheForm,
    }),
    delete: defineAction({
      name: `delete${name}`,
      permission: "projects.edit",
      schema: deleteRecordSchema,
      authorize: (tx, input, actor) => byRecord(tx, input.id, actor),
      run: (tx, input, ctx) => deleteRecord(tx, spec, input, ctx),
      revalidate: refreshedByTheForm,
    }),
    move: defineAction({
      name: `move${name}`,
      permission: "projects.edit",
      schema: moveRecordSchema,
      authorize: (tx, input, actor) => byRecord(tx, input.id, actor),
      run: (tx, input, ctx) => moveRecord(tx, spec, input, ctx),
      revalidate: refreshedByTheForm,
    }),
  };
}

export const milestoneActions = recordActions("milestone", "Milestone", milestoneSchemas);
export const progressActions = recordActions("progress", "Progress", progressSchemas);
export const mediaActions = recordActions("media", "Media", mediaSchemas);
export const indicatorActions = recordActions("indicator", "Indicator", indicatorSchemas);
export const targetActions = recordActions("target", "Target", targetSchemas);
export const observationActions = recordActions("observation", "Observation", observationSchemas);
