import { describe, expect, it } from "vitest";
import { ConfigError, readEnv as readEnvOf, siteEnv } from "./env";

const readEnv = (values: Record<string, string>) => readEnvOf({ NODE_ENV: "test", ...values });

describe("the environment, checked at start", () => {
  it("takes a Redis URL, or none (one server), and refuses anything else with one line", () => {
    expect(readEnv({ REDIS_URL: "redis://127.0.0.1:6379/2" }).REDIS_URL).toBe("redis://127.0.0.1:6379/2");
    expect(readEnv({ REDIS_URL: "rediss://cache.internal:6380" }).REDIS_URL).toBe("rediss://cache.internal:6380");
    expect(readEnv({ REDIS_URL: "" }).REDIS_URL).toBeUndefined();
    for (const bad of ["127.0.0.1:6379", "http://127.0.0.1:6379", "redis://", "not a url"]) {
      expect(() => readEnv({ REDIS_URL: bad }), bad).toThrow(ConfigError);
      expect(() => readEnv({ REDIS_URL: bad }), bad).toThrow(/^Invalid environment variable REDIS_URL: must be a URL/);
    }
  });

  it("takes the publisher's name and contact, within bounds, and reads them without the server's secrets", () => {
    const env = { SITE_PUBLISHER_JA: " 外務省 ", SITE_CONTACT_JA: "電話 03\\n窓口" };
    expect(readEnv(env)).toMatchObject({ SITE_PUBLISHER_JA: "外務省", SITE_CONTACT_JA: "電話 03\\n窓口" });
    expect(siteEnv({ ...env, NODE_ENV: "production" })).toMatchObject({ SITE_PUBLISHER_JA: "外務省" });
    expect(readEnv({ SITE_PUBLISHER_EN: "" }).SITE_PUBLISHER_EN).toBeUndefined();
    expect(() => readEnv({ SITE_PUBLISHER_JA: "省".repeat(201) })).toThrow(
      /^Invalid environment variable SITE_PUBLISHER_JA: must be at most 200 characters/,
    );
  });

  it("takes the publisher's mark from the site's own files only", () => {
    expect(readEnv({ SITE_PUBLISHER_MARK: "/brand/mark.svg" }).SITE_PUBLISHER_MARK).toBe("/brand/mark.svg");
    for (const mark of [
      "https://example.org/mark.svg",
      "//example.org/mark.svg",
      "/../mark.svg",
      "/mark.svg?x",
      "mark.png",
    ])
      expect(() => readEnv({ SITE_PUBLISHER_MARK: mark }), mark).toThrow(
        /^Invalid environment variable SITE_PUBLISHER_MARK: must be a path on this site/,
      );
  });

  it("still refuses a malformed DATABASE_URL the same way", () => {
    expect(() => readEnv({ DATABASE_URL: "mysql://x/y" })).toThrow(
      "Invalid environment variable DATABASE_URL: must be a URL like postgres://user:password@host:5432/database",
    );
  });
});
