CREATE TYPE "public"."notification_kind" AS ENUM('digest', 'returned', 'approved');--> statement-breakpoint
CREATE TYPE "public"."round_report_state" AS ENUM('not_started', 'submitted', 'returned', 'approved');--> statement-breakpoint
CREATE TYPE "public"."round_status" AS ENUM('open', 'closed');--> statement-breakpoint
ALTER TYPE "public"."role" ADD VALUE 'reviewer' BEFORE 'viewer';--> statement-breakpoint
CREATE TABLE "notifications" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"user_id" uuid NOT NULL,
	"kind" "notification_kind" NOT NULL,
	"round_id" uuid,
	"digest_day" date,
	"to_address" text NOT NULL,
	"subject" text NOT NULL,
	"body_text" text NOT NULL,
	"body_html" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"sent_at" timestamp with time zone,
	"transport" text NOT NULL,
	"error" text,
	CONSTRAINT "notifications_digest_day" CHECK (("notifications"."kind" = 'digest') = ("notifications"."digest_day" is not null)),
	CONSTRAINT "notifications_transport" CHECK ("notifications"."transport" in ('smtp', 'outbox'))
);
--> statement-breakpoint
CREATE TABLE "reporting_rounds" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"period" text NOT NULL,
	"title_ja" text NOT NULL,
	"title_en" text DEFAULT '' NOT NULL,
	"deadline" date NOT NULL,
	"instructions_ja" text,
	"instructions_en" text,
	"area_scope" smallint[] NOT NULL,
	"status" "round_status" DEFAULT 'open' NOT NULL,
	"opened_by" uuid,
	"opened_at" timestamp with time zone DEFAULT now() NOT NULL,
	"closed_by" uuid,
	"closed_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "reporting_rounds_period_unique" UNIQUE("period"),
	CONSTRAINT "reporting_rounds_period_format" CHECK ("reporting_rounds"."period" ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'),
	CONSTRAINT "reporting_rounds_scope" CHECK (cardinality("reporting_rounds"."area_scope") > 0),
	CONSTRAINT "reporting_rounds_closed" CHECK (("reporting_rounds"."status" = 'closed') = ("reporting_rounds"."closed_at" is not null))
);
--> statement-breakpoint
CREATE TABLE "round_reports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"round_id" uuid NOT NULL,
	"project_id" uuid NOT NULL,
	"area_number" smallint NOT NULL,
	"state" "round_report_state" DEFAULT 'not_started' NOT NULL,
	"note" text,
	"submitted_by" uuid,
	"submitted_at" timestamp with time zone,
	"review_comment" text,
	"reviewed_by" uuid,
	"reviewed_at" timestamp with time zone,
	"approved_activity_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "round_reports_approved" CHECK (("round_reports"."state" = 'approved') = ("round_reports"."approved_activity_at" is not null)),
	CONSTRAINT "round_reports_returned_comment" CHECK ("round_reports"."state" <> 'returned' or coalesce("round_reports"."review_comment", '') <> '')
);
--> statement-breakpoint
ALTER TABLE "editions" ADD COLUMN "round_id" uuid;--> statement-breakpoint
ALTER TABLE "editions" ADD COLUMN "override_reason" text;--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "locale" text DEFAULT 'ja' NOT NULL;--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "digests_enabled" boolean DEFAULT true NOT NULL;--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_round_id_reporting_rounds_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."reporting_rounds"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reporting_rounds" ADD CONSTRAINT "reporting_rounds_opened_by_users_id_fk" FOREIGN KEY ("opened_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reporting_rounds" ADD CONSTRAINT "reporting_rounds_closed_by_users_id_fk" FOREIGN KEY ("closed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "round_reports" ADD CONSTRAINT "round_reports_round_id_reporting_rounds_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."reporting_rounds"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "round_reports" ADD CONSTRAINT "round_reports_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "round_reports" ADD CONSTRAINT "round_reports_submitted_by_users_id_fk" FOREIGN KEY ("submitted_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "round_reports" ADD CONSTRAINT "round_reports_reviewed_by_users_id_fk" FOREIGN KEY ("reviewed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "notifications_digest_once_idx" ON "notifications" USING btree ("user_id","digest_day") WHERE "notifications"."kind" = 'digest';--> statement-breakpoint
CREATE INDEX "notifications_created_idx" ON "notifications" USING btree ("created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "round_reports_round_project_idx" ON "round_reports" USING btree ("round_id","project_id");--> statement-breakpoint
CREATE INDEX "round_reports_round_state_idx" ON "round_reports" USING btree ("round_id","area_number","state");--> statement-breakpoint
CREATE INDEX "round_reports_project_idx" ON "round_reports" USING btree ("project_id");--> statement-breakpoint
ALTER TABLE "editions" ADD CONSTRAINT "editions_round_id_reporting_rounds_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."reporting_rounds"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_locale" CHECK ("users"."locale" in ('ja', 'en'));