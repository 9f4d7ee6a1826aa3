DROP INDEX "publications_search_gin";--> statement-breakpoint
CREATE INDEX "publications_search_fr_gin" ON "publications" USING gin ("search") WHERE language = 'fr';--> statement-breakpoint
CREATE INDEX "publications_search_en_gin" ON "publications" USING gin ("search") WHERE language = 'en';--> statement-breakpoint
CREATE INDEX "publications_search_es_gin" ON "publications" USING gin ("search") WHERE language = 'es';--> statement-breakpoint
-- Bodies and search vectors are stored out of line, so a search that visits thousands of matching rows reads a small heap.
ALTER TABLE "publications" SET (toast_tuple_target = 128);--> statement-breakpoint
ALTER TABLE "publications" ALTER COLUMN "search" SET STORAGE EXTERNAL;
