import { describe, expect, it } from "vitest";
import { PLACES, project, report, SAMPLE } from "./fixture";
import { groupPlaces } from "./places";

describe("grouping places with their items", () => {
  const places = groupPlaces(SAMPLE);
  const byKey = new Map(places.map((p) => [p.key, p]));

  it("gives one entry per place, counting each item once", () => {
    expect(places.map((p) => p.key).sort()).toEqual([
      "all-russia",
      "hokuto",
      "moscow",
      "niigata-port",
      "sakhalin",
      "vladivostok",
    ]);
    expect(byKey.get("vladivostok")!.projects.map((p) => `${p.areaNumber}-${p.number}`)).toEqual(["1-1", "2-1", "6-5"]);
    expect(byKey.get("sakhalin")!.projects).toHaveLength(2);
    expect(byKey.get("moscow")!.projects).toHaveLength(1);
  });

  it("numbers located places busiest first and lists the others after them, unnumbered", () => {
    expect(places[0]!.key).toBe("vladivostok");
    expect(places[1]!.key).toBe("sakhalin");
    expect(places.map((p) => p.number)).toEqual([1, 2, 3, 4, 5, null]);
    const unlocated = places.at(-1)!;
    expect(unlocated).toMatchObject({ key: "all-russia", coordinates: null, number: null });
    expect(unlocated.projects.map((p) => p.id)).toEqual(["p-2-2"]);
  });

  it("keeps coordinates as [lon, lat] and treats impossible ones as missing", () => {
    expect(byKey.get("vladivostok")!.coordinates).toEqual([131.9, 43.1]);
    const odd = groupPlaces(report([project(1, 1, [["nowhere", "不明", "Nowhere", "city", 120, 40], PLACES.moscow])]));
    expect(odd.find((p) => p.key === "nowhere")).toMatchObject({ coordinates: null, number: null });
    expect(odd.find((p) => p.key === "moscow")!.number).toBe(1);
  });

  it("returns nothing for a report without places", () => {
    expect(groupPlaces(report([project(1, 1, [])]))).toEqual([]);
  });
});
