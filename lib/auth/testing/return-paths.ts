// Return addresses an attacker would try, shared by the unit test of the check and the
// end-to-end test of each place that uses it. `safe` is where each must lead: a path on
// this site (as the URL parser spells it), or null for "the fallback".

export type ReturnPathCase = { raw: string; safe: string | null };

const evil = "evil.example";

export const HOSTILE_RETURN_PATHS: ReturnPathCase[] = [
  { raw: `//${evil}`, safe: null },
  { raw: `///${evil}`, safe: null },
  { raw: `////${evil}`, safe: null },
  { raw: `/\\${evil}`, safe: null },
  { raw: `\\/${evil}`, safe: null },
  { raw: `\\\\${evil}`, safe: null },
  { raw: `/\t/${evil}`, safe: null },
  { raw: `/\n/${evil}`, safe: null },
  { raw: `/\r/${evil}`, safe: null },
  { raw: `/\r\n/${evil}`, safe: null },
  { raw: `\t//${evil}`, safe: null },
  { raw: ` //${evil}`, safe: null },
  { raw: `/\u0000/${evil}`, safe: null },
  { raw: `/.//${evil}`, safe: null },
  { raw: `/./../..//${evil}`, safe: null },
  { raw: `/staff/..//${evil}`, safe: null },
  { raw: `https://${evil}/`, safe: null },
  { raw: `http://${evil}`, safe: null },
  { raw: `https:${evil}`, safe: null },
  { raw: `https:/${evil}`, safe: null },
  { raw: `//${evil}@127.0.0.1/`, safe: null },
  { raw: `http://127.0.0.1:1/staff`, safe: null },
  { raw: `https://127.0.0.1/staff`, safe: null },
  { raw: `ftp://127.0.0.1/staff`, safe: null },
  { raw: `javascript:alert(1)`, safe: null },
  { raw: `JaVaScRiPt:alert(1)`, safe: null },
  { raw: `java\tscript:alert(1)`, safe: null },
  { raw: `data:text/html,<script>alert(1)</script>`, safe: null },
  { raw: `vbscript:msgbox(1)`, safe: null },
  { raw: `/${"a".repeat(3000)}`, safe: null },
  { raw: ``, safe: null },
  // Encoded forms stay encoded in a path: the browser asks this site for them.
  { raw: `/%2f%2f${evil}`, safe: `/%2f%2f${evil}` },
  { raw: `/%5c${evil}`, safe: `/%5c${evil}` },
  { raw: `/%09/${evil}`, safe: `/%09/${evil}` },
  { raw: `/%0d%0aSet-Cookie:x=1`, safe: `/%0d%0aSet-Cookie:x=1` },
  { raw: `／／${evil}`, safe: `/%EF%BC%8F%EF%BC%8F${evil}` },
  { raw: `/staff/projects?q=%2F%2F${evil}#top`, safe: `/staff/projects?q=%2F%2F${evil}#top` },
  { raw: `/staff/../staff/users`, safe: `/staff/users` },
  { raw: `/staff/users`, safe: `/staff/users` },
  { raw: `/en/areas/2`, safe: `/en/areas/2` },
  { raw: `/?q=<script>`, safe: `/?q=%3Cscript%3E` },
];
