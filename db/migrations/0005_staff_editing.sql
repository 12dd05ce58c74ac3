ALTER TABLE "projects" ADD COLUMN "last_activity_at" timestamp with time zone DEFAULT now() NOT NULL;--> statement-breakpoint
ALTER TABLE "projects" ADD COLUMN "last_activity_by" uuid;--> statement-breakpoint
ALTER TABLE "project_organizations" ADD COLUMN "version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "project_organizations" ADD COLUMN "created_at" timestamp with time zone DEFAULT now() NOT NULL;--> statement-breakpoint
ALTER TABLE "project_organizations" ADD COLUMN "updated_at" timestamp with time zone DEFAULT now() NOT NULL;--> statement-breakpoint
ALTER TABLE "project_organizations" ADD COLUMN "updated_by" uuid;--> statement-breakpoint
ALTER TABLE "milestones" ADD COLUMN "planned_due" date GENERATED ALWAYS AS (case planned_precision
    when 'day' then planned_date
    when 'month_end' then planned_date
    when 'month' then (date_trunc('month', planned_date::timestamp) + interval '1 month' - interval '1 day')::date
    when 'month_late' then (date_trunc('month', planned_date::timestamp) + interval '1 month' - interval '1 day')::date
    when 'fiscal_year' then make_date(extract(year from planned_date)::int + 1, 3, 31)
    when 'year' then make_date(extract(year from planned_date)::int, 12, 31)
    when 'year_end' then make_date(extract(year from planned_date)::int, 12, 31)
    when 'within_year' then make_date(extract(year from planned_date)::int, 12, 31)
  end) STORED;--> statement-breakpoint
ALTER TABLE "audit_events" ADD COLUMN "project_id" uuid;--> statement-breakpoint
ALTER TABLE "audit_events" ADD COLUMN "area_number" smallint;--> statement-breakpoint
ALTER TABLE "audit_events" ADD COLUMN "label" text;--> statement-breakpoint
CREATE INDEX "projects_last_activity_idx" ON "projects" USING btree ("last_activity_at");--> statement-breakpoint
CREATE INDEX "milestones_open_due_idx" ON "milestones" USING btree ("planned_due","project_id") WHERE status in ('planned', 'in_progress', 'delayed');--> statement-breakpoint
CREATE INDEX "milestones_open_project_due_idx" ON "milestones" USING btree ("project_id","planned_due") WHERE status in ('planned', 'in_progress', 'delayed');--> statement-breakpoint
CREATE INDEX "audit_events_project_idx" ON "audit_events" USING btree ("project_id","occurred_at");--> statement-breakpoint
CREATE INDEX "audit_events_area_idx" ON "audit_events" USING btree ("area_number","occurred_at");