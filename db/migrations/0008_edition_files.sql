CREATE TABLE "edition_files" (
	"edition_id" uuid NOT NULL,
	"format" text NOT NULL,
	"bytes" "bytea" NOT NULL,
	"sha256" text NOT NULL,
	"size" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "edition_files_edition_id_format_pk" PRIMARY KEY("edition_id","format"),
	CONSTRAINT "edition_files_format" CHECK ("edition_files"."format" in ('csv', 'xlsx'))
);
--> statement-breakpoint
ALTER TABLE "edition_files" ADD CONSTRAINT "edition_files_edition_id_editions_id_fk" FOREIGN KEY ("edition_id") REFERENCES "public"."editions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
-- An edition's file is written once: the database computes its hash and size, so the listed
-- sha256 is always that of the stored bytes, and refuses any change. It goes only with a
-- draft edition (or when the draft itself is deleted, by cascade).
CREATE OR REPLACE FUNCTION guard_edition_files() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    NEW.sha256 := encode(sha256(NEW.bytes), 'hex');
    NEW.size := octet_length(NEW.bytes);
    RETURN NEW;
  END IF;
  IF TG_OP = 'UPDATE' THEN
    RAISE EXCEPTION 'the % file of an edition cannot change', OLD.format USING ERRCODE = 'check_violation';
  END IF;
  IF EXISTS (SELECT 1 FROM editions WHERE id = OLD.edition_id AND status <> 'draft') THEN
    RAISE EXCEPTION 'the % file of a published edition cannot be deleted', OLD.format USING ERRCODE = 'check_violation';
  END IF;
  RETURN OLD;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER edition_files_guard BEFORE INSERT OR UPDATE OR DELETE ON edition_files
  FOR EACH ROW EXECUTE FUNCTION guard_edition_files();
--> statement-breakpoint
CREATE OR REPLACE FUNCTION guard_edition_files_truncate() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF EXISTS (SELECT 1 FROM editions WHERE status <> 'draft') THEN
    RAISE EXCEPTION 'files of published editions cannot be truncated' USING ERRCODE = 'check_violation';
  END IF;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER edition_files_guard_truncate BEFORE TRUNCATE ON edition_files
  FOR EACH STATEMENT EXECUTE FUNCTION guard_edition_files_truncate();
