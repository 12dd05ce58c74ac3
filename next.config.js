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
  // Cache Components stay off for now: every report page reads the database per request
  // (`await connection()`); caching of published editions comes with the editions work.
};

module.exports = withNextIntl(nextConfig);
