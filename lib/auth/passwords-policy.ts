// Password rules, apart from the hashing so that browser code can import them.
export const MIN_PASSWORD_LENGTH = 12;
export const MAX_PASSWORD_LENGTH = 256;
