import postgres from "postgres";
import { describe, expect, it } from "vitest";
import { connectedApplications } from "@/db/queries/peers";
import { testDbKinds } from "@/db/testing/fresh-db";
import { useTestDatabase } from "@/db/testing/use-database";
import { IDENTITY_PREFIX, identityName, identityOf, parseIdentity, peerWarnings } from "./server-identity";

// What a server says at start about the other app servers on its database.

const SECRET = "a-secret-of-at-least-thirty-two-characters";
const env = (extra: Record<string, string> = {}): NodeJS.ProcessEnv => ({
  NODE_ENV: "production",
  AUTH_SECRET: SECRET,
  NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: "k".repeat(44),
  REDIS_URL: "redis://r:6379/0",
  ...extra,
});
const BUILD = "Xk3v9QmZp2LrT8wYb1NcD";

describe("server identity", () => {
  it("fits Postgres's application_name, reads back, and shows no secret", () => {
    const identity = identityOf(env(), BUILD);
    const name = identityName(identity);
    expect(Buffer.byteLength(name)).toBeLessThanOrEqual(63);
    expect(name.startsWith(IDENTITY_PREFIX)).toBe(true);
    expect(name).not.toContain(SECRET.slice(0, 8));
    expect(parseIdentity(name)).toEqual(identity);
    expect(parseIdentity("psql")).toBeNull();
  });

  it("is silent alone, and with matching servers sharing Redis", () => {
    const self = identityOf(env(), BUILD);
    expect(peerWarnings(self, [identityName(self)])).toEqual([]);
    expect(peerWarnings(self, [identityName(self), identityName(identityOf(env(), BUILD)), "psql"])).toEqual([]);
  });

  it("names each thing that differs: the shared channel, the secret, the build, the actions key", () => {
    const self = identityOf(env(), BUILD);
    const noRedis = identityName(identityOf(env({ REDIS_URL: "" }), BUILD));
    expect(peerWarnings(self, [noRedis])).toEqual([
      expect.stringMatching(/^2 app servers .* 1 of them without REDIS_URL/),
    ]);
    const otherSecret = identityName(identityOf(env({ AUTH_SECRET: `${SECRET}!` }), BUILD));
    expect(peerWarnings(self, [otherSecret])).toEqual([expect.stringMatching(/^AUTH_SECRET differs/)]);
    const otherBuild = identityName(identityOf(env({ NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: "" }), "another-build"));
    expect(peerWarnings(self, [otherBuild])).toEqual([
      expect.stringMatching(/runs another build .* rolling deploy/),
      expect.stringMatching(/^NEXT_SERVER_ACTIONS_ENCRYPTION_KEY differs/),
    ]);
    // Alone without Redis is the single-server default: nothing to say.
    const single = identityOf(env({ REDIS_URL: "" }), BUILD);
    expect(peerWarnings(single, [identityName(single)])).toEqual([]);
  });
});

describe.each(testDbKinds().filter((k) => k === "postgres"))("the servers on a %s database", (kind) => {
  const fx = useTestDatabase(kind);

  it("are seen through their connections' names, and only while connected", async () => {
    if (fx.h.target.kind !== "postgres") throw new Error("a Postgres server database");
    const url = fx.h.target.url;
    const [a, b] = [identityOf(env(), BUILD), identityOf(env({ AUTH_SECRET: `${SECRET}?` }), BUILD)];
    const clients = [a, b].map((i) =>
      postgres(url, { max: 1, onnotice: () => {}, connection: { application_name: identityName(i) } }),
    );
    try {
      for (const client of clients) await client`select 1`;
      const names = await connectedApplications(fx.h.db, IDENTITY_PREFIX);
      expect(names.sort()).toEqual([identityName(a), identityName(b)].sort());
      expect(peerWarnings(a, names)).toEqual([
        expect.stringMatching(new RegExp(`^AUTH_SECRET differs from server ${b.instance}`)),
      ]);
      await clients[1]!.end();
      expect(await connectedApplications(fx.h.db, IDENTITY_PREFIX)).toEqual([identityName(a)]);
    } finally {
      await Promise.all(clients.map((c) => c.end()));
    }
  });
});
