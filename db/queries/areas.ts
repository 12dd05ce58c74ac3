import { asc, inArray } from "drizzle-orm";
import { DomainError } from "@/lib/domain/errors";
import type { Db, Tx } from "../connection";
import { areas } from "../schema";

export async function listAreaTitles(db: Db) {
  return db
    .select({ number: areas.number, titleJa: areas.titleJa, titleEn: areas.titleEn })
    .from(areas)
    .orderBy(asc(areas.number));
}

/** Refuses area numbers the plan does not have, on the form's "areas" field. */
export async function checkAreasExist(tx: Tx, areaNumbers: number[]) {
  if (areaNumbers.length === 0) return;
  const found = await tx.select({ n: areas.number }).from(areas).where(inArray(areas.number, areaNumbers));
  if (found.length !== areaNumbers.length) throw DomainError.field("areas", "validation.unknownArea");
}

/** Every area number of the plan, in order. */
export async function allAreaNumbers(tx: Tx | Db): Promise<number[]> {
  const rows = await tx.select({ n: areas.number }).from(areas).orderBy(asc(areas.number));
  return rows.map((r) => r.n);
}
