import { z } from "zod";
import type { Db, Tx } from "@/db/connection";
import { writeAudit, type AuditEntry } from "@/db/mutations/audit";
import { can, type Actor, type Permission } from "@/lib/domain/permissions";
import type { Locale } from "@/lib/format/dates";
import { DomainError } from "@/lib/domain/errors";
import { log } from "@/lib/log/logger";
import type { ActionFailure, ActionResult, Conflict, FieldErrors } from "./result";

// The one path every change takes: session → permission → zod → one transaction holding
// the change and its audit rows → revalidation. Server actions are thin entry points that
// build the context from the request and call `execute`; tests call `execute` directly
// with a context of their own, against a real database.

export type ActionContext = {
  db: Db;
  actor: Actor | null;
  ip: string | null;
  /** The request's id (its log line, X-Request-Id), stored in the audit rows of the change. */
  requestId?: string | null;
  locale: Locale;
  /** A page to render afresh, or with "/*" at the end, every page under that path. */
  revalidate: (path: string) => void;
};

export type RunContext<A = true, P = undefined> = {
  actor: Actor;
  /** What `prepare` made of the input before the transaction began. */
  prepared: P;
  /** What `authorize` found out about the record (its project and area), so `run` need not look again. */
  scope: A;
  audit: (entry: AuditEntry) => Promise<void>;
  /** Says the save changed nothing (the form was saved as it was), so no audit row is due. */
  unchanged: () => void;
};

type Definition<S extends z.ZodType, T, A, P> = {
  name: string;
  permission: Permission;
  schema: S;
  /**
   * Work on the input that needs no database (reading an uploaded file), done before the
   * transaction opens so that it holds no connection meanwhile. A refusal here is an
   * DomainError like any other.
   */
  prepare?: (input: z.output<S>, actor: Actor) => Promise<P>;
  /**
   * Record-level check inside the transaction, e.g. the area of the project an editor
   * changes: false refuses; anything else is handed to `run` as `scope`.
   */
  authorize?: (tx: Tx, input: z.output<S>, actor: Actor) => Promise<A | false>;
  run: (tx: Tx, input: z.output<S>, ctx: RunContext<A, P>) => Promise<T>;
  revalidate: (input: z.output<S>, data: T) => string[];
  /**
   * Work after the commit that must not undo the change if it fails (sending the mail the
   * change queued): its failure is logged, and the answer is still the change's.
   */
  after?: (ctx: ActionContext, data: T) => Promise<void>;
};

export type DefinedAction<T = unknown> = {
  name: string;
  permission: Permission;
  execute: (ctx: ActionContext, raw: unknown) => Promise<ActionResult<T>>;
};

/** Every defined action, so that the authorization matrix test can enumerate them. */
export const actionRegistry = new Map<string, DefinedAction>();

const refused = (formError: string | null, fieldErrors: FieldErrors = {}, conflict?: Conflict): ActionFailure =>
  conflict ? { ok: false, formError, fieldErrors, conflict } : { ok: false, formError, fieldErrors };

/**
 * Zod issues keyed by field path as the form names its fields ("planned.year"). An issue
 * on an element of a list of plain values belongs to the list ("areas", not "areas.3").
 */
function fieldErrorsOf(error: z.ZodError): { formError: string | null; fieldErrors: FieldErrors } {
  const fieldErrors: FieldErrors = {};
  let formError: string | null = null;
  for (const issue of error.issues) {
    const firstIndex = issue.path.findIndex((p) => typeof p === "number");
    const path = (firstIndex === issue.path.length - 1 ? issue.path.slice(0, firstIndex) : issue.path)
      .map(String)
      .join(".");
    if (!path) formError ??= issue.message;
    else (fieldErrors[path] ??= []).push(issue.message);
  }
  return { formError, fieldErrors };
}

const zodErrorMaps = { ja: z.locales.ja().localeError, en: z.locales.en().localeError };
const zodLocale = (locale: Locale) => zodErrorMaps[locale];

export function defineAction<S extends z.ZodType, T, A = true, P = undefined>(
  def: Definition<S, T, A, P>,
): DefinedAction<T> {
  const execute = async (ctx: ActionContext, raw: unknown): Promise<ActionResult<T>> => {
    if (!ctx.actor) return refused("errors.signInRequired");
    const actor = ctx.actor;
    if (!can(actor, def.permission)) return refused("errors.forbidden");
    const parsed = def.schema.safeParse(raw, { error: zodLocale(ctx.locale) });
    if (!parsed.success) {
      const { formError, fieldErrors } = fieldErrorsOf(parsed.error);
      return refused(formError, fieldErrors);
    }
    const input = parsed.data;
    try {
      const prepared = (def.prepare ? await def.prepare(input, actor) : undefined) as P;
      const data = await ctx.db.transaction(async (tx) => {
        const scope = def.authorize ? await def.authorize(tx, input, actor) : (true as A);
        if (scope === false) throw new DomainError("errors.forbidden");
        let audited = 0;
        let unchanged = false;
        const result = await def.run(tx, input, {
          actor,
          scope,
          prepared,
          audit: async (entry) => {
            audited++;
            await writeAudit(tx, { actorId: actor.id, ip: ctx.ip, requestId: ctx.requestId }, entry);
          },
          unchanged: () => {
            unchanged = true;
          },
        });
        // A change without its audit row is a bug, not a success.
        if (audited === 0 && !unchanged) throw new Error(`${def.name} wrote no audit event`);
        return result;
      });
      for (const path of def.revalidate(input, data)) ctx.revalidate(path);
      if (def.after)
        await def
          .after(ctx, data)
          .catch((e: unknown) =>
            log.error({ err: e, action: def.name, reqId: ctx.requestId }, "work after the change failed"),
          );
      return { ok: true, data };
    } catch (e) {
      if (e instanceof DomainError) return refused(e.formError, e.fieldErrors, e.conflict);
      log.error({ err: e, action: def.name, reqId: ctx.requestId }, "action failed");
      return refused("errors.unexpected");
    }
  };
  const action: DefinedAction<T> = { name: def.name, permission: def.permission, execute };
  actionRegistry.set(def.name, action as DefinedAction);
  return action;
}

/**
 * For edits made on staff pages: those are rendered on every request and each form
 * refreshes its own page after saving, so the save revalidates nothing. Its answer then
 * carries no page render, which keeps a save at a few queries however large the project.
 */
export const refreshedByTheForm = () => [];
