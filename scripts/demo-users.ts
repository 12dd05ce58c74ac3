// Used by `npm run demo` (and `npm run cluster`) only: gives the embedded database a demo administrator, editor
// (area 2), reviewer (area 2) and viewer, each with a fresh random password, and prints the logins. Nothing
// else creates accounts with a password that anyone but their owner knows.
import { randomBytes } from "node:crypto";
import { eq } from "drizzle-orm";
import { openDatabase, resolveTarget } from "@/db/connection";
import { startupMessage } from "@/db/errors";
import { prepareDatabase } from "@/lib/seed/database";
import { writeAudit } from "@/db/mutations/audit";
import { findUserByEmail } from "@/db/queries/users";
import { users } from "@/db/schema";
import { hashPassword } from "@/lib/auth/passwords";
import type { Role } from "@/lib/domain/code-lists";
import { isLocalDatabase } from "./local-database";

const DEMO: { email: string; name: string; role: Role; areas: number[] }[] = [
  { email: "admin@demo.example", name: "デモ管理者", role: "admin", areas: [] },
  { email: "editor@demo.example", name: "デモ編集者（分野2）", role: "editor", areas: [2] },
  { email: "reviewer@demo.example", name: "デモ確認者（分野2）", role: "reviewer", areas: [2] },
  { email: "viewer@demo.example", name: "デモ閲覧者", role: "viewer", areas: [] },
];

async function main() {
  const target = resolveTarget();
  // And on a database on this machine, for `npm run cluster`'s trial (--local-server).
  const localServer =
    process.argv.includes("--local-server") && target.kind !== "pglite" && isLocalDatabase(target.url);
  if (target.kind !== "pglite" && !localServer)
    throw new Error("Demo accounts are only created on the embedded database, or with --local-server on a local one.");
  const handle = await openDatabase(target);
  const logins: string[] = [];
  try {
    await prepareDatabase(handle);
    for (const demo of DEMO) {
      const password = randomBytes(12).toString("base64url");
      const passwordHash = await hashPassword(password);
      await handle.db.transaction(async (tx) => {
        const existing = await findUserByEmail(tx, demo.email);
        const values = { passwordHash, role: demo.role, areaScope: demo.areas, disabled: false, updatedAt: new Date() };
        const [row] = existing
          ? await tx
              .update(users)
              .set({ ...values, sessionVersion: existing.sessionVersion + 1, version: existing.version + 1 })
              .where(eq(users.id, existing.id))
              .returning({ id: users.id })
          : await tx
              .insert(users)
              .values({ ...values, email: demo.email, name: demo.name })
              .returning({ id: users.id });
        await writeAudit(
          tx,
          { actorId: null, ip: null },
          { entityType: "user", entityId: row!.id, action: "demo_password" },
        );
      });
      logins.push(`  ${demo.role.padEnd(8)}  ${demo.email.padEnd(22)}  ${password}`);
    }
  } finally {
    await handle.close();
  }
  console.log(["Demo logins (new passwords on every start):", ...logins].join("\n"));
}

main().catch((e) => {
  console.error(startupMessage(e));
  process.exit(1);
});
