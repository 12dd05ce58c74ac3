-- Every change to a table the report is built from moves the report revision by one, in
-- the same transaction as the change: a reader that sees the old revision may keep the
-- report model it built, one that sees a new revision rebuilds it.
INSERT INTO "report_revision" ("id", "revision") VALUES (1, 0) ON CONFLICT ("id") DO NOTHING;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION bump_report_revision() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "report_revision" SET "revision" = "revision" + 1 WHERE "id" = 1;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY[
    'plans', 'areas', 'projects', 'project_links', 'organizations', 'project_organizations', 'locations',
    'project_locations', 'milestones', 'indicators', 'indicator_targets', 'indicator_observations',
    'progress_updates', 'media'
  ] LOOP
    EXECUTE format(
      'CREATE TRIGGER %I AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON %I FOR EACH STATEMENT EXECUTE FUNCTION bump_report_revision()',
      t || '_bump_report_revision', t
    );
  END LOOP;
END;
$$;
