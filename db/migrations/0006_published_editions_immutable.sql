-- A published edition is a citable record: its content and what identifies it never change,
-- whatever code (or person with SQL) tries. The only change it accepts is its withdrawal,
-- which keeps it in the archive with a reason. Drafts are free to change or go.
-- On publishing, the database itself computes the content's sha256 (of the jsonb text), so
-- the published hash always matches what is stored.
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
    ELSIF NEW.status = 'published' AND NEW.content IS NOT NULL THEN
      NEW.sha256 := encode(sha256(convert_to(NEW.content::text, 'UTF8')), 'hex');
    END IF;
    RETURN NEW;
  END IF;
  IF OLD.status = 'draft' THEN
    IF NEW.status = 'published' THEN
      IF NEW.content IS NULL THEN
        RAISE EXCEPTION 'edition % has no content to publish', NEW.period USING ERRCODE = 'check_violation';
      END IF;
      NEW.sha256 := encode(sha256(convert_to(NEW.content::text, 'UTF8')), 'hex');
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
--> statement-breakpoint
CREATE TRIGGER editions_guard_published BEFORE INSERT OR UPDATE OR DELETE ON editions
  FOR EACH ROW EXECUTE FUNCTION guard_published_editions();
--> statement-breakpoint
-- TRUNCATE would bypass row triggers: refuse it while any edition has been published.
CREATE OR REPLACE FUNCTION guard_editions_truncate() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF EXISTS (SELECT 1 FROM editions WHERE status <> 'draft') THEN
    RAISE EXCEPTION 'published editions cannot be truncated' USING ERRCODE = 'check_violation';
  END IF;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER editions_guard_truncate BEFORE TRUNCATE ON editions
  FOR EACH STATEMENT EXECUTE FUNCTION guard_editions_truncate();
