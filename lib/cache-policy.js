// @ts-check
// What a browser, nginx or a CDN may keep, by kind of address. Plain JS so that
// next.config.js can require it; the proxy and the route handlers use the same values.
//
// - Latest-edition addresses (/, /areas/…, /map, /search, /print, the archive, /en/…, the
//   edition list of the API): they change when an edition is published or withdrawn, so a
//   shared cache keeps them one minute at most; it may serve them stale while it fetches
//   them again, and for a day while the servers behind it fail.
// - An edition's pages at its permanent address (/reports/<period>/…): the edition's data
//   never changes, but its banner does, once, when a newer edition replaces it or it is
//   withdrawn; an hour is how long a reader may see it without that notice.
// - Its data at its permanent address (/api/v1/editions/<period> and its downloads): never
//   changes at all.
// - Staff pages, sign-in and anything else personal: never stored anywhere.
//
// Browsers ask again on every view of a page (max-age=0; the server answers from its page
// cache): a reader who has just read a page sees a publication as soon as the shared cache
// in front of the servers does, not a minute or an hour later.

const MINUTE = 60;
const DAY = 24 * 60 * MINUTE;

const CACHE_POLICY = {
  latest: `public, max-age=0, s-maxage=${MINUTE}, stale-while-revalidate=${MINUTE}, stale-if-error=${DAY}`,
  permanentPage: `public, max-age=0, s-maxage=${60 * MINUTE}, stale-while-revalidate=${DAY}, stale-if-error=${7 * DAY}`,
  immutable: "public, max-age=31536000, immutable",
  personal: "private, no-store",
};

// Addresses as the browser asks for them (before the rewrite to /ja). Later rules win.
const PUBLIC_PAGES = "/:path((?!(?:staff|login|api|_next)(?:/|$))[^.]*)";

/** next.config.js `headers()` entries: Cache-Control by address. */
function cacheHeaderRules() {
  /** @param {string} source @param {string} value */
  const rule = (source, value) => ({ source, headers: [{ key: "Cache-Control", value }] });
  return [
    rule("/", CACHE_POLICY.latest),
    rule(PUBLIC_PAGES, CACHE_POLICY.latest),
    rule("/reports/:period/:rest*", CACHE_POLICY.permanentPage),
    rule("/en/reports/:period/:rest*", CACHE_POLICY.permanentPage),
    rule("/staff", CACHE_POLICY.personal),
    rule("/staff/:path*", CACHE_POLICY.personal),
    rule("/login", CACHE_POLICY.personal),
    rule("/api/auth/:path*", CACHE_POLICY.personal),
  ];
}

module.exports = { CACHE_POLICY, cacheHeaderRules };
