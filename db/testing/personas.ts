import { sql } from "drizzle-orm";
import { writeAudit } from "../mutations/audit";
import { createUser } from "../mutations/users";
import { hashPassword } from "@/lib/auth/passwords";
import type { Db } from "../connection";
import type { ActionContext } from "@/lib/actions/define-action";
import type { Actor } from "@/lib/domain/permissions";

// The people the authorization tests act as. "editorOther" edits area 5, "editorArea" area 2,
// "reviewerArea" reviews area 2.
export const PERSONAS = ["anonymous", "viewer", "editorOther", "editorArea", "reviewerArea", "admin"] as const;
export type Persona = (typeof PERSONAS)[number];

export type PersonaActors = Record<Persona, Actor | null>;

const PASSWORD = "a-test-password-long-enough";

/** The personas need areas to be scoped to; a test without the seed gets bare ones. */
async function ensureAreas(db: Db) {
  await db.execute(sql`insert into areas (number, title_ja, title_en)
    select g, '分野' || g, 'Area ' || g from generate_series(1, 9) g on conflict (number) do nothing`);
}

export async function createPersonas(db: Db): Promise<PersonaActors> {
  await ensureAreas(db);
  const passwordHash = await hashPassword(PASSWORD);
  const make = async (email: string, role: Actor["role"], areas: number[]): Promise<Actor> => {
    const { id } = await db.transaction((tx) =>
      createUser(tx, { email, name: email, role, areas, passwordHash }, (e) =>
        writeAudit(tx, { actorId: null, ip: null }, e),
      ),
    );
    return { id, role, areas };
  };
  return {
    anonymous: null,
    viewer: await make("viewer@test.example", "viewer", []),
    editorOther: await make("editor5@test.example", "editor", [5]),
    editorArea: await make("editor2@test.example", "editor", [2]),
    reviewerArea: await make("reviewer2@test.example", "reviewer", [2]),
    admin: await make("admin@test.example", "admin", []),
  };
}

export function contextFor(
  db: Db,
  actor: Actor | null,
  locale: "ja" | "en" = "ja",
): ActionContext & { revalidated: string[] } {
  const revalidated: string[] = [];
  return { db, actor, ip: "192.0.2.1", locale, revalidate: (p) => revalidated.push(p), revalidated };
}
