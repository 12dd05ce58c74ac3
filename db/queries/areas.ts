import { asc } from "drizzle-orm";
import type { Db } from "../connection";
import { areas } from "../schema";

export async function listAreaTitles(db: Db) {
  return db
    .select({ number: areas.number, titleJa: areas.titleJa, titleEn: areas.titleEn })
    .from(areas)
    .orderBy(asc(areas.number));
}
