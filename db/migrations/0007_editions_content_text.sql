-- An edition's content is kept as the exact JSON text the application serialised. Its
-- sha256 is then the hash of the very bytes that are stored and served, and storing an
-- edition no longer re-parses tens of megabytes as jsonb. jsonb's own text form is what 0006
-- hashed, so hashes already published stay correct.
ALTER TABLE "editions" ALTER COLUMN "content" SET DATA TYPE text USING "content"::text;
--> statement-breakpoint
-- The hash is now computed whenever content is written (a new edition, or a draft's content
-- set), by the database, whatever the statement says the hash is. Publishing then only flips
-- the status: at 10,000 projects, re-reading and re-hashing ~50 MB on publish took seconds.
-- Published rows are left to the guard, which refuses any change to their content or hash.
CREATE OR REPLACE FUNCTION hash_edition_content() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' OR OLD.status = 'draft' THEN
    NEW.sha256 := CASE WHEN NEW.content IS NULL THEN NULL ELSE encode(sha256(convert_to(NEW.content, 'UTF8')), 'hex') END;
  END IF;
  RETURN NEW;
END;
$$;
--> statement-breakpoint
-- Named to run after editions_guard_published (triggers fire in name order).
CREATE TRIGGER editions_hash_content BEFORE INSERT OR UPDATE OF content, sha256 ON editions
  FOR EACH ROW EXECUTE FUNCTION hash_edition_content();
--> statement-breakpoint
CREATE OR REPLACE FUNCTION guard_published_editions() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    IF OLD.status <> 'draft' THEN
      RAISE EXCEPTION 'edition % is %: it cannot be deleted', OLD.period, OLD.status USING ERRCODE = 'check_violation';
    END IF;
    RETURN OLD;
  END IF;
  IF TG_OP = 'INSERT' THEN
    IF NEW.status = 'withdrawn' THEN
      RAISE EXCEPTION 'edition % was never published: it cannot be withdrawn', NEW.period USING ERRCODE = 'check_violation';
    END IF;
    RETURN NEW;
  END IF;
  IF OLD.status = 'draft' THEN
    IF NEW.status = 'published' AND NEW.content IS NULL THEN
      RAISE EXCEPTION 'edition % has no content to publish', NEW.period USING ERRCODE = 'check_violation';
    ELSIF NEW.status = 'withdrawn' THEN
      RAISE EXCEPTION 'edition % was never published: it cannot be withdrawn', NEW.period USING ERRCODE = 'check_violation';
    END IF;
    RETURN NEW;
  END IF;
  IF NEW.content IS DISTINCT FROM OLD.content OR NEW.sha256 IS DISTINCT FROM OLD.sha256
    OR NEW.period IS DISTINCT FROM OLD.period OR NEW.as_of_date IS DISTINCT FROM OLD.as_of_date
    OR NEW.title_ja IS DISTINCT FROM OLD.title_ja OR NEW.title_en IS DISTINCT FROM OLD.title_en
    OR NEW.schema_version IS DISTINCT FROM OLD.schema_version
    OR NEW.published_at IS DISTINCT FROM OLD.published_at OR NEW.published_by IS DISTINCT FROM OLD.published_by
    OR NEW.created_at IS DISTINCT FROM OLD.created_at OR NEW.created_by IS DISTINCT FROM OLD.created_by THEN
    RAISE EXCEPTION 'edition % is %: its content cannot change', OLD.period, OLD.status USING ERRCODE = 'check_violation';
  END IF;
  IF OLD.status = 'withdrawn' AND (NEW.status <> 'withdrawn'
    OR NEW.withdrawn_at IS DISTINCT FROM OLD.withdrawn_at OR NEW.withdrawn_by IS DISTINCT FROM OLD.withdrawn_by
    OR NEW.withdrawn_reason_ja IS DISTINCT FROM OLD.withdrawn_reason_ja OR NEW.withdrawn_reason_en IS DISTINCT FROM OLD.withdrawn_reason_en) THEN
    RAISE EXCEPTION 'edition % is withdrawn for good', OLD.period USING ERRCODE = 'check_violation';
  END IF;
  IF OLD.status = 'published' AND NEW.status = 'draft' THEN
    RAISE EXCEPTION 'edition % is published: it cannot return to draft', OLD.period USING ERRCODE = 'check_violation';
  END IF;
  IF NEW.status = 'withdrawn' AND (NEW.withdrawn_at IS NULL OR coalesce(NEW.withdrawn_reason_ja, '') = '') THEN
    RAISE EXCEPTION 'withdrawing edition % needs a time and a public reason', OLD.period USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END;
$$;
