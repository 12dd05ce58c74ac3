import { sql } from "drizzle-orm";
import type { Db } from "./connection";
import { selectRows } from "./rows";

// On a Postgres server the app may run as a role that reads and writes rows only, while
// the tables, the triggers that guard published editions and the migration journal
// belong to the owner: then the app cannot disable or replace what protects its data.

type Executor = Pick<Db, "execute">;

export async function currentRole(db: Executor): Promise<string> {
  const [row] = await selectRows<{ role: string }>(db, sql`select current_user as role`);
  return row!.role;
}

/**
 * Whether this connection may migrate: a superuser; or the owner of the migration journal
 * (whoever migrated before); or, before the first migration, a role that may create tables
 * in `public`. Any other role only checks that the schema is current.
 */
export async function canMigrate(db: Executor): Promise<boolean> {
  const [row] = await selectRows<{ can: boolean }>(
    db,
    sql`
    select coalesce(
      (select rolsuper from pg_roles where rolname = current_user)
        or coalesce(pg_has_role(current_user, journal.relowner, 'USAGE'), has_schema_privilege('public', 'CREATE')),
      false) as can
    from (select 1) one
    left join (pg_class journal join pg_namespace n on n.oid = journal.relnamespace and n.nspname = 'drizzle')
      on journal.relname = '__drizzle_migrations'`,
  );
  return row!.can;
}

/**
 * What the app role needs, on everything the migrations made (idempotent): rows of every
 * table, the sequences behind serial ids, and reading the migration journal to check the
 * schema at start. Not TRUNCATE, REFERENCES or TRIGGER, and no ownership. The functions
 * are trigger functions only, so nobody needs to call them directly.
 */
export async function grantAppRole(db: Executor, role: string): Promise<void> {
  if (role === (await currentRole(db))) return;
  const app = sql.identifier(role);
  await db.execute(sql`grant usage on schema public to ${app}`);
  await db.execute(sql`grant select, insert, update, delete on all tables in schema public to ${app}`);
  await db.execute(sql`grant usage, select on all sequences in schema public to ${app}`);
  await db.execute(sql`revoke execute on all functions in schema public from public`);
  await db.execute(sql`grant usage on schema drizzle to ${app}`);
  await db.execute(sql`grant select on drizzle.__drizzle_migrations to ${app}`);
}

/** The tables and sequences of `public` this connection may not use as the app does. */
export async function missingAppPrivileges(db: Executor): Promise<string[]> {
  const rows = await selectRows<{ name: string }>(
    db,
    sql`
    select 'schema public' as name where not has_schema_privilege('public', 'USAGE')
    union all
    (select c.relname::text from pg_class c join pg_namespace n on n.oid = c.relnamespace
      where n.nspname = 'public' and case c.relkind
        when 'S' then not has_sequence_privilege(c.oid, 'USAGE')
        when 'r' then not (has_table_privilege(c.oid, 'SELECT') and has_table_privilege(c.oid, 'INSERT')
          and has_table_privilege(c.oid, 'UPDATE') and has_table_privilege(c.oid, 'DELETE'))
        else false end
      order by 1)`,
  );
  return rows.map((r) => r.name);
}
