import { z } from "zod";

// Environment is validated once, with messages a person can act on. Anything that
// reads configuration goes through here rather than process.env.
/** A URL of one of `protocols` that names a host. */
const urlOf = (protocols: string[], message: string) =>
  z
    .string()
    .trim()
    .refine((v) => {
      try {
        const u = new URL(v);
        return protocols.includes(u.protocol) && u.hostname !== "";
      } catch {
        return false;
      }
    }, message);

const postgresUrl = urlOf(
  ["postgres:", "postgresql:"],
  "must be a URL like postgres://user:password@host:5432/database",
);
const redisUrl = urlOf(["redis:", "rediss:"], "must be a URL like redis://host:6379/0 (rediss:// for TLS)");
const smtpUrl = urlOf(["smtp:", "smtps:"], "must be a URL like smtp://user:password@host:587 (smtps:// for TLS)");
const siteUrl = urlOf(["http:", "https:"], "must be the site's address, like https://tracker.example.go.jp");

const wholeNumber = (min: number, max: number) =>
  z.coerce
    .number()
    .int(`must be a whole number from ${min} to ${max}`)
    .min(min, `must be a whole number from ${min} to ${max}`)
    .max(max, `must be a whole number from ${min} to ${max}`);

const emptyAsUnset = (v: unknown) => (v === "" ? undefined : v);

/** pino's levels, most to least severe; "silent" writes nothing. */
export const LOG_LEVELS = ["fatal", "error", "warn", "info", "debug", "trace", "silent"] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

const text = (max: number) =>
  z.preprocess(emptyAsUnset, z.string().trim().max(max, `must be at most ${max} characters`).optional());

// Who publishes the site, named in every page's header and footer, and how to reach them
// (お問い合わせ; lines separated by "\n"). Unset: the plan's coordinating ministries. Read on
// their own too (siteEnv), since pages built ahead read them without the server's secrets.
const siteSchema = z.object({
  // The publisher's mark, drawn before its name: an image among the site's own files (public/),
  // since the pages' security policy loads images from the site alone.
  SITE_PUBLISHER_MARK: z.preprocess(
    emptyAsUnset,
    z
      .string()
      .trim()
      .regex(/^(\/[A-Za-z0-9_-][A-Za-z0-9._-]*)+\.(svg|png|webp)$/, "must be a path on this site such as /mark.svg")
      .refine((path) => !path.includes(".."), "must be a path on this site such as /mark.svg")
      .optional(),
  ),
  SITE_PUBLISHER_JA: text(200),
  SITE_PUBLISHER_EN: text(200),
  SITE_CONTACT_JA: text(2000),
  SITE_CONTACT_EN: text(2000),
});

const envSchema = z
  .object({
    ...siteSchema.shape,
    DATABASE_URL: z.preprocess(emptyAsUnset, postgresUrl.optional()),
    // The owner's connection, for migrations only; the server itself runs as DATABASE_URL.
    MIGRATION_DATABASE_URL: z.preprocess(emptyAsUnset, postgresUrl.optional()),
    DATA_DIR: z.string().trim().min(1).default(".data"),
    // Shared by every app server: Next's page cache and the progress of long jobs. Unset: one
    // server, which keeps both in its own memory.
    REDIS_URL: z.preprocess(emptyAsUnset, redisUrl.optional()),
    NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
    AUTH_SECRET: z.preprocess(
      emptyAsUnset,
      z.string().min(32, "must be at least 32 characters (e.g. `openssl rand -base64 32`)").optional(),
    ),
    // How many reverse proxies in front of the server append to X-Forwarded-For (nginx's
    // $proxy_add_x_forwarded_for). 0: no header the client sends is believed.
    TRUSTED_PROXY_HOPS: z.preprocess(emptyAsUnset, wholeNumber(0, 10).default(0)),
    // The least severe events written to standard output: "info" logs every request.
    LOG_LEVEL: z.preprocess(
      emptyAsUnset,
      z.enum(LOG_LEVELS, { error: `must be one of ${LOG_LEVELS.join(", ")}` }).default("info"),
    ),
    /** A staff session ends this long after sign-in, however active. */
    SESSION_MAX_HOURS: z.preprocess(emptyAsUnset, wholeNumber(1, 24).default(8)),
    /** A staff session ends after this long without a request. */
    SESSION_IDLE_MINUTES: z.preprocess(emptyAsUnset, wholeNumber(5, 480).default(60)),
    // Where mail goes. Unset (the demo): every mail is kept in the outbox admins read at
    // /staff/outbox, and nothing leaves the machine.
    SMTP_URL: z.preprocess(emptyAsUnset, smtpUrl.optional()),
    /** The sender of the product's mail. */
    MAIL_FROM: z.preprocess(emptyAsUnset, z.string().trim().max(200).default("tracker@localhost")),
    /** The site's own address, for the links in mails (a mail has no page to be relative to). */
    SITE_URL: z.preprocess(emptyAsUnset, siteUrl.default("http://localhost:3000")),
  })
  .superRefine((env, ctx) => {
    if (env.MIGRATION_DATABASE_URL && !env.DATABASE_URL) {
      ctx.addIssue({
        code: "custom",
        path: ["MIGRATION_DATABASE_URL"],
        message: "needs DATABASE_URL too (the app's own connection; the embedded database has one role)",
      });
    }
    if (env.NODE_ENV === "production" && !env.AUTH_SECRET) {
      ctx.addIssue({
        code: "custom",
        path: ["AUTH_SECRET"],
        message: "must be set in production (e.g. `openssl rand -base64 32`)",
      });
    }
  });

export type Env = z.infer<typeof envSchema>;

export class ConfigError extends Error {
  override name = "ConfigError";
}

let cached: Env | undefined;

/** The process's own environment, validated once (it does not change while the server runs). */
export function serverEnv(): Env {
  return (cached ??= readEnv());
}

export function readEnv(source: NodeJS.ProcessEnv = process.env): Env {
  const parsed = envSchema.safeParse(source);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new ConfigError(`Invalid environment variable ${issue.path.join(".")}: ${issue.message}`);
  }
  return parsed.data;
}

let site: z.infer<typeof siteSchema> | undefined;

/** The publisher's name and contact only: what every page shows, at build time too. */
export function siteEnv(source: NodeJS.ProcessEnv = process.env) {
  if (source !== process.env) return siteSchema.parse(source);
  return (site ??= siteSchema.parse(source));
}
