import { describe, expect, it } from "vitest";
import { AFTER_SIGN_IN, safeCallbackUrl, safeReturnPath } from "./return-path";
import { HOSTILE_RETURN_PATHS } from "./testing/return-paths";

describe("return addresses stay on this site", () => {
  it("has at least 40 cases", () => expect(HOSTILE_RETURN_PATHS.length).toBeGreaterThanOrEqual(40));

  it.each(HOSTILE_RETURN_PATHS)("$raw", ({ raw, safe }) => {
    expect(safeReturnPath(raw, "/fallback")).toBe(safe ?? "/fallback");
  });

  it.each([undefined, null, 42, {}, ["/staff"]])("a value that is not text (%s) gives the fallback", (raw) => {
    expect(safeReturnPath(raw, "/fallback")).toBe("/fallback");
  });

  it("after sign-in, never the sign-in page again or an API, however it is spelt", () => {
    for (const raw of [
      "/login",
      "/login?callbackUrl=/x",
      "/./login",
      "/staff/../login",
      "/api/auth/signout",
      "/%61pi/x".replace("%61", "a"),
    ]) {
      expect(safeCallbackUrl(raw)).toBe(AFTER_SIGN_IN.fallback);
    }
    expect(safeCallbackUrl("/loginx")).toBe("/loginx");
    expect(safeCallbackUrl("/staff/users?x=1")).toBe("/staff/users?x=1");
  });

  it("with the site's own origin, Auth.js's absolute addresses on it pass and no other", () => {
    const origin = "http://127.0.0.1:3211";
    expect(safeReturnPath(`${origin}/staff`, "/f", { origin })).toBe("/staff");
    expect(safeReturnPath("http://127.0.0.1:3212/staff", "/f", { origin })).toBe("/f");
    expect(safeReturnPath("https://127.0.0.1:3211/staff", "/f", { origin })).toBe("/f");
    expect(safeReturnPath(`http://user:pw@127.0.0.1:3211/staff`, "/f", { origin })).toBe("/f");
    expect(safeReturnPath("//evil.example/", "/f", { origin })).toBe("/f");
  });
});
