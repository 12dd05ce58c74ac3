/** The import's table and column names in the reader's language, worked out by the page on the server. */
export type ImportLabels = { tables: Record<string, string>; columns: Record<string, Record<string, string>> };
