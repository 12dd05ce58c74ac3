import { describe, expect, it } from "vitest";
import { safeCallbackUrl, safeLocalPath } from "./callback-url";

describe("return addresses stay on this site", () => {
  it.each([
    ["/staff/users", "/staff/users"],
    ["/staff?x=1", "/staff?x=1"],
    ["//evil.example/", "/staff"],
    ["/\\evil.example", "/staff"],
    ["https://evil.example/", "/staff"],
    ["javascript:alert(1)", "/staff"],
    ["/login?callbackUrl=/x", "/staff"],
    ["/api/auth/signout", "/staff"],
    [undefined, "/staff"],
    [42, "/staff"],
  ])("after sign-in %s → %s", (raw, expected) => expect(safeCallbackUrl(raw)).toBe(expected));

  it("the language switch may return to the sign-in page", () => {
    expect(safeLocalPath("/login?callbackUrl=%2Fstaff", "/")).toBe("/login?callbackUrl=%2Fstaff");
    expect(safeLocalPath("//evil.example", "/")).toBe("/");
  });
});
