import { describe, expect, it } from "vitest";
import { ARGON2_OPTIONS, hashPassword, UNKNOWN_ACCOUNT_HASH, verifyPassword } from "./passwords";

describe("passwords", () => {
  it("checks an unknown account against a hash made with the very options of real ones", async () => {
    const real = await hashPassword("a-password-for-the-test");
    const params = (hash: string) => hash.split("$").slice(1, 4).join("$");
    expect(params(UNKNOWN_ACCOUNT_HASH)).toBe(params(real));
    expect(params(real)).toBe(
      `argon2id$v=19$m=${ARGON2_OPTIONS.memoryCost},t=${ARGON2_OPTIONS.timeCost},p=${ARGON2_OPTIONS.parallelism}`,
    );
    expect(await verifyPassword(null, "anything")).toBe(false);
    expect(await verifyPassword(real, "a-password-for-the-test")).toBe(true);
    expect(await verifyPassword(real, "another")).toBe(false);
  });
});
