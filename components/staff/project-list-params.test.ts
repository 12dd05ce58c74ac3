import { describe, expect, it } from "vitest";
import { filtersOf, parseProjectListParams, projectListHref } from "./project-list-params";

const ORG = "0b6c7a8e-1f2d-4c3b-9a8e-7d6c5b4a3f21";

describe("project list parameters", () => {
  it("reads every filter, the order, the stale days and the page", () => {
    const params = parseProjectListParams({
      q: "  ヴォロネジ ",
      area: "2",
      lifecycle: "in_progress",
      confidence: "at_risk",
      org: ORG,
      place: ORG,
      side: "joint",
      staleOnly: "1",
      overdue: "1",
      all: "1",
      sort: "code",
      stale: "30",
      page: "3",
    });
    expect(params).toEqual({
      q: "ヴォロネジ",
      area: 2,
      lifecycle: "in_progress",
      confidence: "at_risk",
      org: ORG,
      place: ORG,
      side: "joint",
      staleOnly: true,
      overdue: true,
      all: true,
      sort: "code",
      stale: 30,
      page: 3,
    });
    expect(filtersOf(params)).toEqual({
      q: "ヴォロネジ",
      areaNumber: 2,
      areaNumbers: undefined,
      lifecycle: "in_progress",
      confidence: "at_risk",
      organizationId: ORG,
      locationId: ORG,
      side: "joint",
      onlyStale: true,
      onlyOverdue: true,
    });
  });

  it("drops what does not parse and falls back to the defaults, never throwing", () => {
    const params = parseProjectListParams({
      q: "   ",
      area: "abc",
      lifecycle: "nope",
      confidence: "",
      org: "not-a-uuid",
      place: "1",
      side: "mars",
      staleOnly: "yes",
      overdue: "true",
      sort: "evil",
      stale: "99999",
      page: "-3",
    });
    expect(params).toEqual({
      q: undefined,
      area: undefined,
      lifecycle: undefined,
      confidence: undefined,
      org: undefined,
      place: undefined,
      side: undefined,
      staleOnly: false,
      overdue: false,
      all: false,
      sort: "activity_desc",
      stale: 90,
      page: 1,
    });
    expect(parseProjectListParams({}).page).toBe(1);
    expect(parseProjectListParams({ stale: "0", page: "1.5", area: "100" })).toMatchObject({
      stale: 90,
      page: 1,
      area: undefined,
    });
  });

  it("narrows an editor's list to their areas, unless they ask for every area or choose one", () => {
    const own = [2, 5];
    expect(filtersOf(parseProjectListParams({}), own).areaNumbers).toEqual([2, 5]);
    expect(filtersOf(parseProjectListParams({ q: "ウラジオストク" }), own).areaNumbers).toEqual([2, 5]);
    expect(filtersOf(parseProjectListParams({ all: "1" }), own).areaNumbers).toBeUndefined();
    expect(filtersOf(parseProjectListParams({ area: "1" }), own)).toMatchObject({
      areaNumber: 1,
      areaNumbers: undefined,
    });
    expect(filtersOf(parseProjectListParams({}), []).areaNumbers).toBeUndefined();
    expect(projectListHref(parseProjectListParams({ all: "1", page: "2" }))).toBe("/staff/projects?all=1&page=2");
  });

  it("takes the first of a repeated parameter and cuts a long search", () => {
    expect(parseProjectListParams({ area: ["3", "4"] }).area).toBe(3);
    expect(parseProjectListParams({ q: "あ".repeat(300) }).q).toHaveLength(100);
  });

  it("builds links that keep the other parameters and leave out the defaults", () => {
    const params = parseProjectListParams({ q: "model city", area: "2", overdue: "1", stale: "30", page: "2" });
    expect(projectListHref(params)).toBe("/staff/projects?q=model+city&area=2&overdue=1&stale=30&page=2");
    expect(projectListHref(params, { page: 3 })).toBe("/staff/projects?q=model+city&area=2&overdue=1&stale=30&page=3");
    expect(projectListHref(params, { page: 1 })).toBe("/staff/projects?q=model+city&area=2&overdue=1&stale=30");
    expect(projectListHref(parseProjectListParams({}))).toBe("/staff/projects");
  });
});
