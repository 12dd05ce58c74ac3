// @ts-check
const createNextIntlPlugin = require("next-intl/plugin");
const { securityHeaders } = require("./lib/security-headers");

const withNextIntl = createNextIntlPlugin("./i18n/request.ts");

/** @type {import('next').NextConfig} */
const nextConfig = {
  // PGlite loads its WASM and data files from its own package folder: bundling it breaks that.
  serverExternalPackages: ["@electric-sql/pglite"],
  poweredByHeader: false,
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders(process.env.NODE_ENV === "production") }];
  },
  // Caching of public pages (Cache Components stay off; see README "Caching"): each page of a
  // published edition is rendered on its first view and then served from the incremental
  // cache until an edition is published or withdrawn, which revalidates them all.
  // The cache lives in this process's memory only, so a restart (or a fresh database) never
  // serves pages rendered from other data; room for every page of a few editions in both
  // languages.
  cacheMaxMemorySize: 512 * 1024 * 1024,
  experimental: {
    isrFlushToDisk: false,
  },
};

module.exports = withNextIntl(nextConfig);
