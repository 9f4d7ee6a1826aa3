CREATE TABLE "release_slug_redirects" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"language" text NOT NULL,
	"from_slug" text NOT NULL,
	"release_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "release_slug_redirects_language_slug_unique" UNIQUE("language","from_slug"),
	CONSTRAINT "release_slug_redirects_language" CHECK ("release_slug_redirects"."language" in ('fr', 'en', 'es'))
);
--> statement-breakpoint
ALTER TABLE "releases" ADD COLUMN "translated_from_revision_id" uuid;--> statement-breakpoint
ALTER TABLE "release_slug_redirects" ADD CONSTRAINT "release_slug_redirects_release_id_releases_id_fk" FOREIGN KEY ("release_id") REFERENCES "public"."releases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "release_slug_redirects_release_id_index" ON "release_slug_redirects" USING btree ("release_id");--> statement-breakpoint
ALTER TABLE "releases" ADD CONSTRAINT "releases_translated_from_revision_id_revisions_id_fk" FOREIGN KEY ("translated_from_revision_id") REFERENCES "public"."revisions"("id") ON DELETE restrict ON UPDATE no action;