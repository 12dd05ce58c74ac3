// How a published schema describes something: both languages in `description` (Japanese
// first, for readers of the plain keyword) and apart in `x-description` (for programs).
// The report model's zod schemas carry these as metadata, and the tables' JSON Schema
// writes its columns the same way. This module imports nothing.

export type Bilingual = { ja: string; en: string };

export const described = (text: Bilingual) => ({
  description: `${text.ja}\n${text.en}`,
  "x-description": { ja: text.ja, en: text.en },
});
