// @ts-check
// Security headers for every response, and the two Content-Security-Policies. Pages that
// hold a session (staff pages, sign-in) are rendered per request anyway, so the proxy gives
// each a fresh nonce and a strict script policy ('strict-dynamic', nothing inline without
// the nonce). The public pages are cached and shared by every reader, so a nonce would be
// the same for all of them and protect nothing; they keep 'self' and Next's inline
// bootstrap ('unsafe-inline'), and hold no session or form to steal.

/**
 * @param {{ isProduction: boolean; nonce?: string }} options
 */
function contentSecurityPolicy({ isProduction, nonce }) {
  const scripts = nonce ? `'nonce-${nonce}' 'strict-dynamic'` : "'self' 'unsafe-inline'";
  return [
    "default-src 'self'",
    `script-src ${scripts}${isProduction ? "" : " 'unsafe-eval'"}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/** Every response's headers but the CSP. @param {boolean} isProduction */
function securityHeaders(isProduction) {
  return [
    { key: "X-Content-Type-Options", value: "nosniff" },
    { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
    { key: "X-Frame-Options", value: "DENY" },
    { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), interest-cohort=()" },
    ...(isProduction ? [{ key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" }] : []),
  ];
}

/** Where the proxy sets a per-request policy with a nonce instead (see proxy.ts). */
const NONCE_PATHS = /^\/(staff|login)(\/|$)/;

module.exports = { contentSecurityPolicy, securityHeaders, NONCE_PATHS };
