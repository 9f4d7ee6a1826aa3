ALTER TABLE "publications" ADD COLUMN "search" "tsvector" GENERATED ALWAYS AS (
          setweight(to_tsvector((case language when 'en' then 'en_unaccent'::regconfig when 'es' then 'es_unaccent'::regconfig else 'fr_unaccent'::regconfig end), "publications"."title"), 'A') ||
          setweight(to_tsvector((case language when 'en' then 'en_unaccent'::regconfig when 'es' then 'es_unaccent'::regconfig else 'fr_unaccent'::regconfig end), "publications"."summary"), 'B') ||
          setweight(to_tsvector((case language when 'en' then 'en_unaccent'::regconfig when 'es' then 'es_unaccent'::regconfig else 'fr_unaccent'::regconfig end), "publications"."dateline_city"), 'C') ||
          setweight(to_tsvector((case language when 'en' then 'en_unaccent'::regconfig when 'es' then 'es_unaccent'::regconfig else 'fr_unaccent'::regconfig end), "publications"."body_text"), 'D')) STORED NOT NULL;--> statement-breakpoint
CREATE INDEX "publications_search_gin" ON "publications" USING gin ("search");