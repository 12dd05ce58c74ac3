// Types of cache-policy.js (plain JS so that next.config.js can require it).
export const CACHE_POLICY: { latest: string; permanentPage: string; immutable: string; personal: string };
export function cacheHeaderRules(): { source: string; headers: { key: string; value: string }[] }[];
