// Every message key written in the code is checked by the compiler against the messages
// (i18n/app-config.d.ts). A few keys are made at run time from a code that the server or the
// data sends (a job's step, an audit entity type, an error message key): the compiler cannot
// check those, so each use asks `t.has(key)` first, or the code has a test that its keys exist.

type KeyOf<T> = T extends { has: (key: infer K) => boolean } ? K : never;

/** A key made at run time, typed as a key of the translator `t` it is for. */
export function runtimeKey<T extends { has: (key: never) => boolean }>(t: T, key: string): KeyOf<T> {
  return key as KeyOf<T>;
}

/** A message lookup by keys made at run time. */
export type LooseTranslate = (key: string, values?: Record<string, string | number | Date>) => string;

/**
 * A translator for code whose keys all come from data (the changes list names each change by
 * its kind): the one place where a checked translator is used with unchecked keys. The
 * changes list has a test that every kind it can produce has its message.
 */
export function looseTranslator(t: { has: (key: never) => boolean }): LooseTranslate {
  return t as unknown as LooseTranslate;
}
