import { sql } from "drizzle-orm";
import type { Db } from "../connection";
import { selectRows } from "../rows";

export type IntegrityFinding = {
  period: string;
  /** "content" (the edition's JSON) or a download's format. */
  part: string;
  published: string;
  actual: string;
  intact: boolean;
};

/**
 * Every published or withdrawn edition's content and stored downloads, hashed again by the
 * database and set beside the sha256 the site publishes for them. Triggers refuse any change
 * to them; this finds one made past the triggers (by a superuser who disabled them, or by
 * damage to the storage). The hashing happens in the database: nothing is sent over.
 */
export async function editionIntegrity(db: Pick<Db, "execute">): Promise<IntegrityFinding[]> {
  const rows = await selectRows<Omit<IntegrityFinding, "intact"> & { sizeMatches: boolean }>(
    db,
    sql`
    select e.period, 'content' as part, e.sha256 as published,
      encode(sha256(convert_to(e.content, 'UTF8')), 'hex') as actual, true as "sizeMatches"
    from editions e where e.status <> 'draft'
    union all
    select e.period, f.format, f.sha256, encode(sha256(f.bytes), 'hex'), octet_length(f.bytes) = f.size
    from edition_files f join editions e on e.id = f.edition_id where e.status <> 'draft'
    order by 1, 2`,
  );
  return rows.map(({ sizeMatches, ...row }) => ({ ...row, intact: sizeMatches && row.actual === row.published }));
}
