ALTER TABLE "releases" ADD COLUMN "search" "tsvector" GENERATED ALWAYS AS (
          setweight(to_tsvector((case language when 'en' then 'en_unaccent'::regconfig when 'es' then 'es_unaccent'::regconfig else 'fr_unaccent'::regconfig end), "releases"."title"), 'A') ||
          setweight(to_tsvector((case language when 'en' then 'en_unaccent'::regconfig when 'es' then 'es_unaccent'::regconfig else 'fr_unaccent'::regconfig end), "releases"."summary"), 'B') ||
          setweight(to_tsvector((case language when 'en' then 'en_unaccent'::regconfig when 'es' then 'es_unaccent'::regconfig else 'fr_unaccent'::regconfig end), "releases"."body_text"), 'D')) STORED NOT NULL;--> statement-breakpoint
CREATE INDEX "releases_updated_at_id_index" ON "releases" USING btree ("updated_at","id");--> statement-breakpoint
CREATE INDEX "releases_state_updated_at_index" ON "releases" USING btree ("state","updated_at");--> statement-breakpoint
CREATE INDEX "releases_title_id_index" ON "releases" USING btree ("title","id");--> statement-breakpoint
CREATE INDEX "releases_last_published_at_index" ON "releases" USING btree ("last_published_at" DESC NULLS LAST,"id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "releases_search_gin" ON "releases" USING gin ("search");