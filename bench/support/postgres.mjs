// Throw-away databases on the local Postgres server for benchmarks: created per data set
// and dropped afterwards, never a database someone else uses.
import postgres from "postgres";

const LOCAL_HOSTS = new Set(["localhost", "127.0.0.1", "::1", "[::1]"]);
const DEFAULT_URL = "postgres://postgres@127.0.0.1:5432/postgres";

/** The server to create databases on: BENCH_DATABASE_URL, else DATABASE_URL, else the local default. */
export function serverUrl() {
  const url = new URL(process.env.BENCH_DATABASE_URL || process.env.DATABASE_URL || DEFAULT_URL);
  if (!LOCAL_HOSTS.has(url.hostname))
    throw new Error(`Benchmarks refuse to run against a non-local database (${url.hostname}).`);
  return url;
}

export async function createDatabase(label) {
  const base = serverUrl();
  const name = `tracker_bench_${label}_${process.pid}_${Date.now().toString(36)}`;
  const admin = postgres(base.toString(), { max: 1, onnotice: () => {} });
  try {
    await admin.unsafe(`create database "${name}"`);
  } finally {
    await admin.end({ timeout: 5 });
  }
  const url = new URL(base);
  url.pathname = `/${name}`;
  return url.toString();
}

export async function dropDatabase(url) {
  const name = new URL(url).pathname.slice(1);
  if (!/^tracker_bench_[a-z0-9_]+$/.test(name)) throw new Error(`Not a benchmark database: ${name}`);
  const admin = postgres(serverUrl().toString(), { max: 1, onnotice: () => {} });
  try {
    await admin.unsafe(`drop database if exists "${name}" with (force)`);
  } finally {
    await admin.end({ timeout: 5 });
  }
}

/** Runs `fn(sql)` with a short-lived connection to `url`. */
export async function withSql(url, fn) {
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  try {
    return await fn(sql);
  } finally {
    await sql.end({ timeout: 5 });
  }
}
