-- Only a completed milestone has an actual date. Rows written before this rule may hold one on
-- an unfinished milestone (the October 2021 seed put start dates there; the editor allowed it
-- for in-progress, delayed and cancelled ones): that date is cleared, each with an audit row
-- keeping the old value, so that the constraint can be added to a database in use.
INSERT INTO "audit_events" ("entity_type", "entity_id", "action", "changes", "project_id", "area_number", "label")
SELECT 'milestone', m."id"::text, 'update',
  jsonb_build_object(
    'actualDate', jsonb_build_object('old', m."actual_date"::text, 'new', null),
    'actualPrecision', jsonb_build_object('old', m."actual_precision"::text, 'new', null)),
  m."project_id", p."area_number",
  p."area_number" || '-' || CASE WHEN p."number" BETWEEN 1 AND 20 THEN chr(9311 + p."number") ELSE '(' || p."number" || ')' END || ' ' || m."title_ja"
FROM "milestones" m JOIN "projects" p ON p."id" = m."project_id"
WHERE m."actual_date" IS NOT NULL AND m."status" <> 'completed';--> statement-breakpoint
UPDATE "milestones" SET "actual_date" = NULL, "actual_precision" = NULL, "version" = "version" + 1, "updated_at" = now(), "updated_by" = NULL
WHERE "actual_date" IS NOT NULL AND "status" <> 'completed';--> statement-breakpoint
ALTER TABLE "milestones" ADD CONSTRAINT "milestones_actual_only_completed" CHECK ("milestones"."actual_date" is null or "milestones"."status" = 'completed');
