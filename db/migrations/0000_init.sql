CREATE TYPE "public"."accumulation" AS ENUM('cumulative', 'per_period', 'level');--> statement-breakpoint
CREATE TYPE "public"."date_precision" AS ENUM('day', 'month', 'month_late', 'month_end', 'year', 'year_end', 'within_year', 'fiscal_year');--> statement-breakpoint
CREATE TYPE "public"."delivery_confidence" AS ENUM('on_track', 'at_risk', 'off_track', 'not_assessed');--> statement-breakpoint
CREATE TYPE "public"."direction" AS ENUM('increase', 'decrease');--> statement-breakpoint
CREATE TYPE "public"."edition_status" AS ENUM('draft', 'published', 'withdrawn');--> statement-breakpoint
CREATE TYPE "public"."lifecycle_status" AS ENUM('planned', 'in_progress', 'completed', 'suspended', 'cancelled');--> statement-breakpoint
CREATE TYPE "public"."location_kind" AS ENUM('city', 'region', 'port', 'country', 'facility');--> statement-breakpoint
CREATE TYPE "public"."measure" AS ENUM('count', 'percent', 'ratio', 'amount', 'qualitative');--> statement-breakpoint
CREATE TYPE "public"."milestone_status" AS ENUM('planned', 'in_progress', 'completed', 'delayed', 'cancelled');--> statement-breakpoint
CREATE TYPE "public"."organization_kind" AS ENUM('government', 'company', 'university', 'research', 'medical', 'financial', 'association', 'other');--> statement-breakpoint
CREATE TYPE "public"."progress_kind" AS ENUM('bullet', 'note');--> statement-breakpoint
CREATE TYPE "public"."role" AS ENUM('admin', 'editor', 'viewer');--> statement-breakpoint
CREATE TYPE "public"."side" AS ENUM('jp', 'ru', 'joint', 'other');--> statement-breakpoint
CREATE TABLE "areas" (
	"number" smallint PRIMARY KEY NOT NULL,
	"title_ja" text NOT NULL,
	"title_en" text NOT NULL,
	"overview" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid,
	CONSTRAINT "areas_number_range" CHECK ("areas"."number" between 1 and 99)
);
--> statement-breakpoint
CREATE TABLE "plans" (
	"id" smallint PRIMARY KEY DEFAULT 1 NOT NULL,
	"title_ja" text NOT NULL,
	"title_en" text NOT NULL,
	"as_of_date" date NOT NULL,
	"as_of_precision" date_precision NOT NULL,
	"note_ja" text DEFAULT '' NOT NULL,
	"note_en" text DEFAULT '' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid,
	CONSTRAINT "plans_single_row" CHECK ("plans"."id" = 1)
);
--> statement-breakpoint
CREATE TABLE "project_links" (
	"project_id" uuid NOT NULL,
	"linked_project_id" uuid NOT NULL,
	CONSTRAINT "project_links_project_id_linked_project_id_pk" PRIMARY KEY("project_id","linked_project_id"),
	CONSTRAINT "project_links_not_self" CHECK ("project_links"."project_id" <> "project_links"."linked_project_id")
);
--> statement-breakpoint
CREATE TABLE "projects" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"area_number" smallint NOT NULL,
	"number" integer NOT NULL,
	"slug" text NOT NULL,
	"title_ja" text NOT NULL,
	"title_en" text DEFAULT '' NOT NULL,
	"subtitle_ja" text,
	"subtitle_en" text,
	"summary_ja" text,
	"summary_en" text,
	"lifecycle_status" "lifecycle_status" DEFAULT 'in_progress' NOT NULL,
	"delivery_confidence" "delivery_confidence" DEFAULT 'not_assessed' NOT NULL,
	"confidence_narrative_ja" text,
	"confidence_narrative_en" text,
	"organizations_etc" boolean DEFAULT false NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid,
	CONSTRAINT "projects_slug_unique" UNIQUE("slug"),
	CONSTRAINT "projects_number_positive" CHECK ("projects"."number" > 0),
	CONSTRAINT "projects_confidence_narrative" CHECK ("projects"."delivery_confidence" not in ('at_risk','off_track') or coalesce("projects"."confidence_narrative_ja", '') <> '')
);
--> statement-breakpoint
CREATE TABLE "organizations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"key" text NOT NULL,
	"name_ja" text NOT NULL,
	"name_en" text DEFAULT '' NOT NULL,
	"side" "side" NOT NULL,
	"kind" "organization_kind" DEFAULT 'other' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid,
	CONSTRAINT "organizations_key_unique" UNIQUE("key")
);
--> statement-breakpoint
CREATE TABLE "project_organizations" (
	"project_id" uuid NOT NULL,
	"organization_id" uuid NOT NULL,
	"role_ja" text,
	"role_en" text,
	"label_ja" text,
	"label_en" text,
	"sort_order" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "project_organizations_project_id_organization_id_pk" PRIMARY KEY("project_id","organization_id")
);
--> statement-breakpoint
CREATE TABLE "locations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"key" text NOT NULL,
	"name_ja" text NOT NULL,
	"name_en" text DEFAULT '' NOT NULL,
	"kind" "location_kind" NOT NULL,
	"lat" numeric(9, 6),
	"lon" numeric(9, 6),
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid,
	CONSTRAINT "locations_key_unique" UNIQUE("key")
);
--> statement-breakpoint
CREATE TABLE "project_locations" (
	"project_id" uuid NOT NULL,
	"location_id" uuid NOT NULL,
	"sort_order" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "project_locations_project_id_location_id_pk" PRIMARY KEY("project_id","location_id")
);
--> statement-breakpoint
CREATE TABLE "milestones" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"project_id" uuid NOT NULL,
	"title_ja" text NOT NULL,
	"title_en" text DEFAULT '' NOT NULL,
	"status" "milestone_status" DEFAULT 'planned' NOT NULL,
	"planned_date" date,
	"planned_precision" date_precision,
	"actual_date" date,
	"actual_precision" date_precision,
	"sort_order" integer DEFAULT 0 NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid,
	CONSTRAINT "milestones_planned_pair" CHECK (("milestones"."planned_date" is null) = ("milestones"."planned_precision" is null)),
	CONSTRAINT "milestones_actual_pair" CHECK (("milestones"."actual_date" is null) = ("milestones"."actual_precision" is null))
);
--> statement-breakpoint
CREATE TABLE "indicator_observations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"indicator_id" uuid NOT NULL,
	"value" numeric NOT NULL,
	"period_start" date,
	"period_start_precision" date_precision,
	"period_end" date,
	"period_end_precision" date_precision,
	"as_of" date,
	"as_of_precision" date_precision,
	"approximate" boolean DEFAULT false NOT NULL,
	"lower_bound" boolean DEFAULT false NOT NULL,
	"provisional" boolean DEFAULT false NOT NULL,
	"is_baseline" boolean DEFAULT false NOT NULL,
	"breakdown_ja" text,
	"breakdown_en" text,
	"source" text,
	"note_ja" text,
	"note_en" text,
	"sort_order" integer DEFAULT 0 NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid,
	CONSTRAINT "indicator_observations_period_start_pair" CHECK (("indicator_observations"."period_start" is null) = ("indicator_observations"."period_start_precision" is null)),
	CONSTRAINT "indicator_observations_period_end_pair" CHECK (("indicator_observations"."period_end" is null) = ("indicator_observations"."period_end_precision" is null)),
	CONSTRAINT "indicator_observations_as_of_pair" CHECK (("indicator_observations"."as_of" is null) = ("indicator_observations"."as_of_precision" is null)),
	CONSTRAINT "indicator_observations_period_order" CHECK ("indicator_observations"."period_end" is null or "indicator_observations"."period_start" is null or "indicator_observations"."period_start" <= "indicator_observations"."period_end")
);
--> statement-breakpoint
CREATE TABLE "indicator_targets" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"indicator_id" uuid NOT NULL,
	"value" numeric NOT NULL,
	"due_date" date,
	"due_precision" date_precision,
	"lower_bound" boolean DEFAULT false NOT NULL,
	"breakdown_ja" text,
	"breakdown_en" text,
	"note_ja" text,
	"note_en" text,
	"sort_order" integer DEFAULT 0 NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid,
	CONSTRAINT "indicator_targets_due_pair" CHECK (("indicator_targets"."due_date" is null) = ("indicator_targets"."due_precision" is null))
);
--> statement-breakpoint
CREATE TABLE "indicators" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"project_id" uuid,
	"key" text NOT NULL,
	"name_ja" text NOT NULL,
	"name_en" text DEFAULT '' NOT NULL,
	"measure" "measure" DEFAULT 'count' NOT NULL,
	"unit_ja" text DEFAULT '' NOT NULL,
	"unit_en" text DEFAULT '' NOT NULL,
	"direction" "direction" DEFAULT 'increase' NOT NULL,
	"accumulation" "accumulation" NOT NULL,
	"decimals" smallint DEFAULT 0 NOT NULL,
	"sort_order" integer DEFAULT 0 NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid,
	CONSTRAINT "indicators_decimals_range" CHECK ("indicators"."decimals" between 0 and 6)
);
--> statement-breakpoint
CREATE TABLE "media" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"project_id" uuid NOT NULL,
	"caption_ja" text NOT NULL,
	"caption_en" text,
	"file_path" text,
	"sort_order" integer DEFAULT 0 NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid
);
--> statement-breakpoint
CREATE TABLE "progress_updates" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"project_id" uuid NOT NULL,
	"date" date,
	"date_precision" date_precision,
	"group_ja" text,
	"group_en" text,
	"text_ja" text NOT NULL,
	"text_en" text,
	"kind" "progress_kind" DEFAULT 'bullet' NOT NULL,
	"sub" boolean DEFAULT false NOT NULL,
	"sort_order" integer DEFAULT 0 NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid,
	CONSTRAINT "progress_updates_date_pair" CHECK (("progress_updates"."date" is null) = ("progress_updates"."date_precision" is null))
);
--> statement-breakpoint
CREATE TABLE "editions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"period" text NOT NULL,
	"as_of_date" date NOT NULL,
	"title_ja" text NOT NULL,
	"title_en" text DEFAULT '' NOT NULL,
	"status" "edition_status" DEFAULT 'draft' NOT NULL,
	"content" jsonb,
	"sha256" text,
	"schema_version" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"published_at" timestamp with time zone,
	"published_by" uuid,
	"withdrawn_at" timestamp with time zone,
	"withdrawn_by" uuid,
	"withdrawn_reason_ja" text,
	"withdrawn_reason_en" text,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "editions_period_unique" UNIQUE("period"),
	CONSTRAINT "editions_period_format" CHECK ("editions"."period" ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'),
	CONSTRAINT "editions_published_has_content" CHECK ("editions"."status" = 'draft' or ("editions"."content" is not null and "editions"."sha256" is not null and "editions"."published_at" is not null))
);
--> statement-breakpoint
CREATE TABLE "users" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"email" text NOT NULL,
	"name" text NOT NULL,
	"password_hash" text NOT NULL,
	"role" "role" NOT NULL,
	"area_scope" smallint[] DEFAULT '{}'::smallint[] NOT NULL,
	"disabled" boolean DEFAULT false NOT NULL,
	"failed_login_count" integer DEFAULT 0 NOT NULL,
	"locked_until" timestamp with time zone,
	"session_version" integer DEFAULT 1 NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "audit_events" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"actor_id" uuid,
	"occurred_at" timestamp with time zone DEFAULT now() NOT NULL,
	"entity_type" text NOT NULL,
	"entity_id" text NOT NULL,
	"action" text NOT NULL,
	"changes" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"ip" text
);
--> statement-breakpoint
ALTER TABLE "project_links" ADD CONSTRAINT "project_links_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_links" ADD CONSTRAINT "project_links_linked_project_id_projects_id_fk" FOREIGN KEY ("linked_project_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "projects" ADD CONSTRAINT "projects_area_number_areas_number_fk" FOREIGN KEY ("area_number") REFERENCES "public"."areas"("number") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_organizations" ADD CONSTRAINT "project_organizations_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_organizations" ADD CONSTRAINT "project_organizations_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_locations" ADD CONSTRAINT "project_locations_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_locations" ADD CONSTRAINT "project_locations_location_id_locations_id_fk" FOREIGN KEY ("location_id") REFERENCES "public"."locations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "milestones" ADD CONSTRAINT "milestones_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicator_observations" ADD CONSTRAINT "indicator_observations_indicator_id_indicators_id_fk" FOREIGN KEY ("indicator_id") REFERENCES "public"."indicators"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicator_targets" ADD CONSTRAINT "indicator_targets_indicator_id_indicators_id_fk" FOREIGN KEY ("indicator_id") REFERENCES "public"."indicators"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicators" ADD CONSTRAINT "indicators_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "media" ADD CONSTRAINT "media_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "progress_updates" ADD CONSTRAINT "progress_updates_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "editions" ADD CONSTRAINT "editions_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "editions" ADD CONSTRAINT "editions_published_by_users_id_fk" FOREIGN KEY ("published_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "editions" ADD CONSTRAINT "editions_withdrawn_by_users_id_fk" FOREIGN KEY ("withdrawn_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "audit_events" ADD CONSTRAINT "audit_events_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "projects_area_number_idx" ON "projects" USING btree ("area_number","number");--> statement-breakpoint
CREATE INDEX "project_organizations_org_idx" ON "project_organizations" USING btree ("organization_id");--> statement-breakpoint
CREATE INDEX "project_locations_location_idx" ON "project_locations" USING btree ("location_id");--> statement-breakpoint
CREATE INDEX "milestones_project_idx" ON "milestones" USING btree ("project_id","sort_order");--> statement-breakpoint
CREATE INDEX "indicator_observations_indicator_idx" ON "indicator_observations" USING btree ("indicator_id","sort_order");--> statement-breakpoint
CREATE INDEX "indicator_targets_indicator_idx" ON "indicator_targets" USING btree ("indicator_id");--> statement-breakpoint
CREATE UNIQUE INDEX "indicators_project_key_idx" ON "indicators" USING btree (coalesce("project_id", '00000000-0000-0000-0000-000000000000'::uuid),"key");--> statement-breakpoint
CREATE INDEX "indicators_project_idx" ON "indicators" USING btree ("project_id","sort_order");--> statement-breakpoint
CREATE INDEX "media_project_idx" ON "media" USING btree ("project_id","sort_order");--> statement-breakpoint
CREATE INDEX "progress_updates_project_idx" ON "progress_updates" USING btree ("project_id","sort_order");--> statement-breakpoint
CREATE UNIQUE INDEX "users_email_lower_idx" ON "users" USING btree (lower("email"));--> statement-breakpoint
CREATE INDEX "audit_events_entity_idx" ON "audit_events" USING btree ("entity_type","entity_id");--> statement-breakpoint
CREATE INDEX "audit_events_actor_idx" ON "audit_events" USING btree ("actor_id","occurred_at");--> statement-breakpoint
CREATE INDEX "audit_events_time_idx" ON "audit_events" USING btree ("occurred_at");