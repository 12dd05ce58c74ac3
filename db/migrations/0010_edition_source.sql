-- Where an edition comes from: made here (frozen from this tracker's data and published
-- here) or loaded (a report published elsewhere, loaded as it stood; its published_at is
-- when it was loaded). The archive tells the reader which, instead of a publication date
-- the report never had.
CREATE TYPE "public"."edition_source" AS ENUM('made_here', 'loaded');--> statement-breakpoint
ALTER TABLE "editions" ADD COLUMN "source" "edition_source" DEFAULT 'made_here' NOT NULL;--> statement-breakpoint
-- The only edition loaded so far is the seeded October 2021 report: the seed publishes it
-- with no author; editions made here always have one. The guard (0007) does not yet look
-- at this column, so the published row may still be marked.
UPDATE "editions" SET "source" = 'loaded' WHERE "status" <> 'draft' AND "created_by" IS NULL AND "published_by" IS NULL;--> statement-breakpoint
-- From now on a published edition's source is part of what never changes.
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
    OR NEW.created_at IS DISTINCT FROM OLD.created_at OR NEW.created_by IS DISTINCT FROM OLD.created_by
    OR NEW.source IS DISTINCT FROM OLD.source THEN
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
