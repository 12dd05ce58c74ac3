import { createHash, randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";

// The app servers of one site must share their build, AUTH_SECRET (a session signed by one
// is read by all), NEXT_SERVER_ACTIONS_ENCRYPTION_KEY (a form rendered by one is posted to
// another) and a shared channel (REDIS_URL: the page cache and the progress of long jobs).
// Each server says what it has in the name its database connections carry (Postgres's
// application_name, which sessions of the same role see in pg_stat_activity), so that a
// server can tell at start what else runs on its database, and what does not match. Only
// 32 bits of a secret's sha256 are shown: enough to tell two secrets apart, not to find one.

export type ServerIdentity = {
  /** This process, so that its own connections are not taken for another server's. */
  instance: string;
  build: string;
  authSecret: string;
  actionsKey: string;
  sharedCache: boolean;
};

const NAME = "tracker";
export const IDENTITY_PREFIX = `${NAME}:`;
const digest = (secret: string | undefined) =>
  secret ? createHash("sha256").update(secret).digest("hex").slice(0, 8) : "-";

function buildId(): string {
  try {
    return fs.readFileSync(path.join(process.cwd(), ".next", "BUILD_ID"), "utf8").trim();
  } catch {
    return "dev";
  }
}

export function identityOf(env: NodeJS.ProcessEnv = process.env, build = buildId()): ServerIdentity {
  return {
    instance: randomBytes(4).toString("hex"),
    build,
    authSecret: digest(env.AUTH_SECRET),
    actionsKey: digest(env.NEXT_SERVER_ACTIONS_ENCRYPTION_KEY),
    sharedCache: Boolean(env.REDIS_URL),
  };
}

/** As an application_name: at most 63 bytes (Postgres cuts longer names). */
export function identityName(i: ServerIdentity): string {
  return [NAME, i.instance, i.build.slice(0, 24), i.authSecret, i.actionsKey, i.sharedCache ? "r" : "-"].join(":");
}

export function parseIdentity(name: string): ServerIdentity | null {
  const parts = name.split(":");
  if (parts.length !== 6 || parts[0] !== NAME) return null;
  const [, instance, build, authSecret, actionsKey, shared] = parts as [string, string, string, string, string, string];
  return { instance, build, authSecret, actionsKey, sharedCache: shared === "r" };
}

/** What an operator must hear about the other servers on the database, one line each. */
export function peerWarnings(self: ServerIdentity, names: string[]): string[] {
  const others = new Map<string, ServerIdentity>();
  for (const peer of names.map(parseIdentity))
    if (peer && peer.instance !== self.instance) others.set(peer.instance, peer);
  if (others.size === 0) return [];
  const peers = [...others.values()];
  const warnings: string[] = [];
  const unshared = [self, ...peers].filter((p) => !p.sharedCache).length;
  if (unshared > 0)
    warnings.push(
      `${others.size + 1} app servers share this database, and ${unshared} of them without REDIS_URL: each such server keeps its own page cache, so a publication shows there only once its copies expire, and a long job's progress is seen only by the server running it. Give every server the same REDIS_URL.`,
    );
  for (const peer of peers) {
    const name = `server ${peer.instance} (build ${peer.build})`;
    if (peer.authSecret !== self.authSecret)
      warnings.push(
        `AUTH_SECRET differs from ${name}'s: a staff member signed in through one server is signed out by the other. Give every server the same AUTH_SECRET.`,
      );
    if (peer.build !== self.build.slice(0, 24))
      warnings.push(
        `${name} runs another build than this one (${self.build}): normal for the minute of a rolling deploy, not for longer. A form opened on one build and saved through the other is refused with a request to reload the page.`,
      );
    if (peer.actionsKey !== self.actionsKey)
      warnings.push(
        `NEXT_SERVER_ACTIONS_ENCRYPTION_KEY differs from ${name}'s (or is set on only one): a form rendered by one server cannot be saved through the other. Give every server the same key.`,
      );
  }
  return warnings;
}
