// @ts-check
const createNextIntlPlugin = require("next-intl/plugin");
const { contentSecurityPolicy, securityHeaders } = require("./lib/security-headers");
const { MAX_FORM_BODY_BYTES } = require("./lib/request-limits");
const { cacheHeaderRules } = require("./lib/cache-policy");

const withNextIntl = createNextIntlPlugin("./i18n/request.ts");
// Read when the server starts (next start loads this file), not only when it is built.
const sharedCache = Boolean(process.env.REDIS_URL);

/** @type {import('next').NextConfig} */
const nextConfig = {
  // PGlite loads its WASM and data files from its own package folder: bundling it breaks that.
  // exceljs (and the zip libraries under it) stream with Node's own modules: left unbundled.
  // pino and pino-http load optional modules at run time: left unbundled, as Next does for pino.
  serverExternalPackages: ["@electric-sql/pglite", "exceljs", "pino", "pino-http"],
  poweredByHeader: false,
  // `npm test` checks the types itself (tsc) just before it builds; the build need not again.
  // Any other build checks them.
  typescript: { ignoreBuildErrors: process.env.TYPES_CHECKED === "1" },
  // Next would hash every page's whole HTML on every request to make an ETag (measured: the
  // largest single cost of serving a cached report page, growing with its size). Cached
  // pages change only when an edition is published, and then all at once.
  generateEtags: false,
  // Public pages carry their language in the address: Japanese at the short one (/areas/2,
  // served by app/(public)/[locale] with locale "ja"), English under /en. Next's own rewrite
  // does the mapping (not the proxy: a proxy's rewrite names an origin, which breaks when the
  // server listens on a given host); "afterFiles" leaves every file and static route alone.
  async rewrites() {
    return {
      beforeFiles: [],
      afterFiles: [
        { source: "/", destination: "/ja" },
        // Dynamic routes come after these rewrites, so the staff pages, sign-in and the API
        // (which have dynamic segments) are left out by name.
        { source: "/:path((?!(?:en|ja|staff|login|api|_next)(?:/|$)).*)", destination: "/ja/:path" },
      ],
      fallback: [],
    };
  },
  // The Japanese pages have one address each: /ja/... leads to the short one.
  async redirects() {
    return [
      { source: "/ja", destination: "/", permanent: true },
      { source: "/ja/:path*", destination: "/:path*", permanent: true },
    ];
  },
  async headers() {
    const isProduction = process.env.NODE_ENV === "production";
    return [
      { source: "/:path*", headers: securityHeaders(isProduction) },
      // Staff pages and sign-in get a policy with a nonce of their own from the proxy (by
      // address: a request header could be sent by anyone).
      ...["/", "/:path((?!(?:staff|login)(?:/|$)).*)"].map((source) => ({
        source,
        headers: [{ key: "Content-Security-Policy", value: contentSecurityPolicy({ isProduction }) }],
      })),
      // Set before Next renders, so Next keeps it (it writes its own only where none is set):
      // see lib/cache-policy.js. The proxy shortens it for an edition that does not exist.
      ...cacheHeaderRules(),
    ];
  },
  // Caching of public pages (Cache Components stay off; see README "Caching"): each page of a
  // published edition is rendered on its first view and then served from the incremental
  // cache until an edition is published or withdrawn, which revalidates them all.
  // With REDIS_URL, that cache is shared by every app server (cache-handler.mjs), and so is
  // its invalidation. Without it, the cache lives in this process's memory only (one server),
  // so a restart (or a fresh database) never serves pages rendered from other data; room for
  // every page of a few editions in both languages.
  ...(sharedCache
    ? { cacheHandler: require.resolve("./cache-handler.mjs"), cacheMaxMemorySize: 0 }
    : { cacheMaxMemorySize: 512 * 1024 * 1024 }),
  experimental: {
    isrFlushToDisk: false,
    // What the largest staff form can send, with room: a project's details at every maximum
    // length is 80 KB at worst (lib/validation/form-body-size.test.ts). The import's upload is
    // not a server action: its route has a limit of its own (lib/actions/import-upload.ts).
    serverActions: { bodySizeLimit: MAX_FORM_BODY_BYTES },
  },
};

module.exports = withNextIntl(nextConfig);
