-- Every pair of neighbouring lexemes of a document, as one lexeme: "sant publiqu" for "santé publique".
CREATE FUNCTION adjacent_lexeme_pairs(document tsvector) RETURNS tsvector
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
  SELECT coalesce(array_to_tsvector(array_agg(DISTINCT first.lexeme || ' ' || second.lexeme)), ''::tsvector)
  FROM (SELECT lexeme, unnest(positions) AS position FROM unnest(document)) AS first
  JOIN (SELECT lexeme, unnest(positions) AS position FROM unnest(document)) AS second ON second.position = first.position + 1
$$;--> statement-breakpoint
ALTER TABLE "publications" ADD COLUMN "adjacent_pairs" "tsvector" GENERATED ALWAYS AS (adjacent_lexeme_pairs(
  setweight(to_tsvector((case language when 'en' then 'en_unaccent'::regconfig when 'es' then 'es_unaccent'::regconfig else 'fr_unaccent'::regconfig end), "publications"."title"), 'A') ||
  setweight(to_tsvector((case language when 'en' then 'en_unaccent'::regconfig when 'es' then 'es_unaccent'::regconfig else 'fr_unaccent'::regconfig end), "publications"."summary"), 'B') ||
  setweight(to_tsvector((case language when 'en' then 'en_unaccent'::regconfig when 'es' then 'es_unaccent'::regconfig else 'fr_unaccent'::regconfig end), "publications"."dateline_city"), 'C') ||
  setweight(to_tsvector((case language when 'en' then 'en_unaccent'::regconfig when 'es' then 'es_unaccent'::regconfig else 'fr_unaccent'::regconfig end), "publications"."body_text"), 'D'))) STORED NOT NULL;--> statement-breakpoint
CREATE INDEX "publications_adjacent_pairs_gin" ON "publications" USING gin ("adjacent_pairs");--> statement-breakpoint
ALTER TABLE "publications" ALTER COLUMN "adjacent_pairs" SET STORAGE EXTERNAL;
