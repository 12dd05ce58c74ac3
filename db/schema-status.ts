import { sql } from "drizzle-orm";
import { readMigrationFiles } from "drizzle-orm/migrator";
import type { Db } from "./connection";
import { MIGRATIONS_FOLDER } from "./migrate";
import { currentRole, missingAppPrivileges } from "./roles";
import { selectRows } from "./rows";

/** The schema is not what this build needs, and this connection may not fix it. */
export class SchemaNotReady extends Error {
  override name = "SchemaNotReady";
}

const HOW_TO_MIGRATE = "run `npm run db:migrate` with the owner's connection, or set MIGRATION_DATABASE_URL.";

type Executor = Pick<Db, "execute">;

/**
 * How many committed migrations the database lacks, by drizzle's own rule (a migration is
 * applied when its journal time is after the last one recorded), so that "pending" is
 * exactly what `npm run db:migrate` would apply. Null when this role cannot read the record.
 */
export async function pendingMigrations(db: Executor, migrationsFolder = MIGRATIONS_FOLDER): Promise<number | null> {
  const committed = readMigrationFiles({ migrationsFolder });
  const [journal] = await selectRows<{ present: boolean; readable: boolean }>(
    db,
    sql`
    select c.oid is not null as present,
      coalesce(has_schema_privilege(n.oid, 'USAGE') and has_table_privilege(c.oid, 'SELECT'), false) as readable
    from (select 1) one
    left join pg_namespace n on n.nspname = 'drizzle'
    left join pg_class c on c.relnamespace = n.oid and c.relname = '__drizzle_migrations'`,
  );
  if (!journal!.present) return committed.length;
  if (!journal!.readable) return null;
  const [last] = await selectRows<{ at: string | null }>(
    db,
    sql`select max(created_at)::text as at from drizzle.__drizzle_migrations`,
  );
  const lastAt = last!.at === null ? -Infinity : Number(last!.at);
  return committed.filter((m) => m.folderMillis > lastAt).length;
}

/**
 * Refuses, with one line, a connection that would run this build on a schema it does not
 * match or cannot use: migrations pending, the journal unreadable, or rows it may not touch.
 */
export async function assertSchemaReady(db: Executor, migrationsFolder = MIGRATIONS_FOLDER): Promise<void> {
  let pending: number | null, missing: string[];
  try {
    pending = await pendingMigrations(db, migrationsFolder);
    missing = pending === 0 ? await missingAppPrivileges(db) : [];
  } catch (e) {
    const reason = e instanceof Error ? e.message.split("\n")[0] : String(e);
    throw new SchemaNotReady(`Cannot tell whether the database schema is current (${reason}): ${HOW_TO_MIGRATE}`);
  }
  if (pending === null) {
    const role = await currentRole(db);
    throw new SchemaNotReady(
      `Cannot tell whether the database schema is current: the role ${role} may not read drizzle.__drizzle_migrations (grant it SELECT as the owner); ${HOW_TO_MIGRATE}`,
    );
  }
  if (pending > 0) {
    throw new SchemaNotReady(
      `The database schema is behind this build (${pending} migration${pending === 1 ? "" : "s"} pending): ${HOW_TO_MIGRATE}`,
    );
  }
  if (missing.length > 0) {
    const role = await currentRole(db);
    throw new SchemaNotReady(
      `The database role ${role} may not read and write ${missing.join(", ")}: grant it as the owner (README, "Database roles"), or set MIGRATION_DATABASE_URL so that migrating grants it.`,
    );
  }
}
