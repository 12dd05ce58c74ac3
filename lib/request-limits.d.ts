// Types of request-limits.js (plain JS so that next.config.js can require it).
export const MAX_FORM_BODY_BYTES: number;
