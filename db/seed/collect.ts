import { isDeepStrictEqual } from "node:util";
import type { SeedArea, SeedLocation, SeedOrganization } from "./types";

export type CollectedSeed = {
  organizations: Map<string, SeedOrganization>;
  locations: Map<string, SeedLocation>;
};

// Organisations and places used by several areas are declared once (data/shared.ts), the
// rest where they are used; items link them and they are merged by key here. Two different
// declarations under one key are a data error, caught before anything is written.
export function collectSeed(areas: SeedArea[]): CollectedSeed {
  const organizations = new Map<string, SeedOrganization>();
  const locations = new Map<string, SeedLocation>();
  const slugs = new Set<string>();
  const merge = <T extends { key: string }>(map: Map<string, T>, value: T, what: string, where: string) => {
    const known = map.get(value.key);
    if (known && !isDeepStrictEqual(known, value)) {
      throw new Error(`Seed: ${what} "${value.key}" is declared differently in ${where}`);
    }
    map.set(value.key, value);
  };
  const areaNumbers = new Set<number>();
  for (const area of areas) {
    if (areaNumbers.has(area.number)) throw new Error(`Seed: area ${area.number} appears twice`);
    areaNumbers.add(area.number);
    for (const item of area.items) {
      const slug = `${area.number}-${item.number}`;
      if (slugs.has(slug)) throw new Error(`Seed: item ${slug} appears twice`);
      slugs.add(slug);
      const orgKeys = new Set<string>();
      for (const link of item.organizations) {
        if (orgKeys.has(link.org.key))
          throw new Error(`Seed: organisation "${link.org.key}" listed twice in item ${slug}`);
        orgKeys.add(link.org.key);
        merge(organizations, link.org, "organisation", `item ${slug}`);
      }
      const locKeys = new Set<string>();
      for (const loc of item.locations) {
        if (locKeys.has(loc.key)) throw new Error(`Seed: place "${loc.key}" listed twice in item ${slug}`);
        locKeys.add(loc.key);
        merge(locations, loc, "place", `item ${slug}`);
      }
      const indicatorKeys = new Set<string>();
      for (const indicator of item.indicators) {
        if (indicatorKeys.has(indicator.key))
          throw new Error(`Seed: indicator "${indicator.key}" appears twice in item ${slug}`);
        indicatorKeys.add(indicator.key);
      }
    }
  }
  for (const area of areas) {
    for (const item of area.items) {
      for (const other of item.sameAs ?? []) {
        if (!slugs.has(other))
          throw new Error(`Seed: item ${area.number}-${item.number} refers to unknown item ${other}`);
      }
    }
  }
  return { organizations, locations };
}
