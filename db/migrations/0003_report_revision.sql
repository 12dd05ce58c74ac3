CREATE TABLE "report_revision" (
	"id" smallint PRIMARY KEY DEFAULT 1 NOT NULL,
	"revision" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "report_revision_single_row" CHECK ("report_revision"."id" = 1)
);
