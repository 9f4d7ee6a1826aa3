ALTER TABLE "publications" ADD COLUMN "archive_date" date;--> statement-breakpoint
ALTER TABLE "publications" ADD COLUMN "promoted_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "releases" ADD COLUMN "archive_date" date;--> statement-breakpoint
ALTER TABLE "releases" ADD COLUMN "import_review" jsonb;--> statement-breakpoint
CREATE INDEX "publications_listed_language_published_at" ON "publications" USING btree ("language","published_at") WHERE "publications"."is_legacy" = false or "publications"."promoted_at" is not null;