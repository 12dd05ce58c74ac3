import { describe, expect, it } from "vitest";
import { ConfigError, readEnv as readEnvOf } from "./env";

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

  it("still refuses a malformed DATABASE_URL the same way", () => {
    expect(() => readEnv({ DATABASE_URL: "mysql://x/y" })).toThrow(
      "Invalid environment variable DATABASE_URL: must be a URL like postgres://user:password@host:5432/database",
    );
  });
});
