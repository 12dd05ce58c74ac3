-- An edition's content is kept as the exact JSON text the application serialised. Its
-- sha256 (computed by the guard trigger of 0006) is then the hash of the very bytes that are
-- stored and served, and storing an edition no longer re-parses tens of megabytes as jsonb.
-- jsonb's own text form is what 0006 hashed, so hashes already published stay correct.
ALTER TABLE "editions" ALTER COLUMN "content" SET DATA TYPE text USING "content"::text;
