import "server-only";
import { createClient } from "@redis/client";
import { serverEnv } from "@/lib/env";

// The one Redis connection of this server, for state every app server must see (the
// progress of long jobs; Next's page cache has its own, in cache-handler.mjs). Without
// REDIS_URL there is none: one server keeps that state in its own memory. Redis failing
// never fails a request: callers fall back to this server's memory.

const newClient = (url: string) =>
  createClient({
    url,
    pingInterval: 10_000,
    socket: { connectTimeout: 2000, reconnectStrategy: (retries) => Math.min(retries * 200, 2000) },
  });
export type SharedRedis = ReturnType<typeof newClient>;

const RETRY_MS = 10_000;
const slot = globalThis as unknown as { __trackerRedis?: Promise<SharedRedis | null> };

async function connect(url: string): Promise<SharedRedis | null> {
  const client = newClient(url);
  let failing = false;
  client.on("error", (error) => {
    if (!failing) console.error(JSON.stringify({ level: "error", msg: "Redis error", error: String(error) }));
    failing = true;
  });
  client.on("ready", () => (failing = false));
  try {
    await client.connect();
    return client;
  } catch (error) {
    console.error(JSON.stringify({ level: "error", msg: "Redis unreachable", error: String(error) }));
    client.destroy();
    // Try again on a later request rather than on every one.
    setTimeout(() => (slot.__trackerRedis = undefined), RETRY_MS).unref();
    return null;
  }
}

/** This server's connection to the shared Redis, or null: none configured, or unreachable. */
export function sharedRedis(): Promise<SharedRedis | null> {
  const url = serverEnv().REDIS_URL;
  if (!url) return Promise.resolve(null);
  return (slot.__trackerRedis ??= connect(url));
}

/** A command that gives up after `ms` (a Redis that hangs must not hold a request). */
export function withinMs<T>(ms: number, command: Promise<T>): Promise<T> {
  return Promise.race([
    command,
    new Promise<T>((_, reject) => setTimeout(() => reject(new Error(`Redis: no answer in ${ms} ms`)), ms).unref()),
  ]);
}

/** Closes this server's connection, if it has one (when the server stops). */
export async function closeSharedRedis(): Promise<void> {
  const client = await slot.__trackerRedis;
  slot.__trackerRedis = undefined;
  if (client?.isOpen) await client.close();
}

/** For the readiness check: "ok", "unavailable", or "none" (no REDIS_URL: one server). */
export async function sharedRedisState(): Promise<"ok" | "unavailable" | "none"> {
  if (!serverEnv().REDIS_URL) return "none";
  const redis = await sharedRedis();
  if (!redis) return "unavailable";
  return withinMs(500, redis.ping()).then(
    () => "ok" as const,
    () => "unavailable" as const,
  );
}
