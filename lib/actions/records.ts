import { createRecord, deleteRecord, moveRecord, saveRecord } from "@/db/mutations/records";
import { KINDS, type KindSpec, type RecordKind } from "@/db/records/kinds";
import { authorizeOwner, ownerOfParent, ownerOfRecord, type Owner } from "@/db/records/owner";
import type { Tx } from "@/db/connection";
import type { Actor } from "@/lib/domain/permissions";
import { RECORD_FORMS, type RecordForm, type RecordSchemas } from "@/lib/records/forms";
import { deleteRecordSchema, moveRecordSchema } from "@/lib/validation/fields";
import { defineAction, refreshedByTheForm } from "./define-action";
import { inFormTerms } from "./form-terms";

// Create, save, delete and move for each kind of record in a project's lists. Editors
// may change records of their own areas only: checked against the record's project in
// the database, whatever ids the browser sent.

type Saved = { id: string; version: number };

function recordActions<K extends RecordKind, S extends RecordSchemas>(
  spec: KindSpec<K>,
  form: RecordForm<K, S>,
  name: string,
) {
  const byRecord = async (tx: Tx, id: string, actor: Actor) => authorizeOwner(await ownerOfRecord(tx, spec, id), actor);
  return {
    create: defineAction<S["create"], Saved, Owner>({
      name: `create${name}`,
      permission: "projects.edit",
      schema: form.schemas.create,
      authorize: async (tx, input, actor) => authorizeOwner(await ownerOfParent(tx, spec, input.parentId), actor),
      run: (tx, input, ctx) => inFormTerms(createRecord(tx, spec, input.parentId, form.toRow(input), ctx), form),
      revalidate: refreshedByTheForm,
    }),
    save: defineAction<S["save"], Saved, Owner>({
      name: `save${name}`,
      permission: "projects.edit",
      schema: form.schemas.save,
      authorize: (tx, input, actor) => byRecord(tx, input.id, actor),
      run: (tx, input, ctx) => inFormTerms(saveRecord(tx, spec, input, form.toRow(input), ctx), form),
      revalidate: refreshedByTheForm,
    }),
    delete: defineAction({
      name: `delete${name}`,
      permission: "projects.edit",
      schema: deleteRecordSchema,
      authorize: (tx, input, actor) => byRecord(tx, input.id, actor),
      run: (tx, input, ctx) => inFormTerms(deleteRecord(tx, spec, input, ctx), form),
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

export const milestoneActions = recordActions(KINDS.milestone, RECORD_FORMS.milestone, "Milestone");
export const progressActions = recordActions(KINDS.progress, RECORD_FORMS.progress, "Progress");
export const mediaActions = recordActions(KINDS.media, RECORD_FORMS.media, "Media");
export const indicatorActions = recordActions(KINDS.indicator, RECORD_FORMS.indicator, "Indicator");
export const targetActions = recordActions(KINDS.target, RECORD_FORMS.target, "Target");
export const observationActions = recordActions(KINDS.observation, RECORD_FORMS.observation, "Observation");
