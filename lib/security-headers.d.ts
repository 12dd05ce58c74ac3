// Types of security-headers.js (plain JS so that next.config.js can require it).
export function contentSecurityPolicy(options: { isProduction: boolean; nonce?: string }): string;
export function securityHeaders(isProduction: boolean): { key: string; value: string }[];
export const NONCE_PATHS: RegExp;
