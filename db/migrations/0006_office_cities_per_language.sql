-- Each office's city in every language; an existing city starts as its name in all three.
ALTER TABLE "offices" ADD COLUMN "cities" jsonb;--> statement-breakpoint
UPDATE "offices" SET "cities" = jsonb_build_object('fr', "city", 'en', "city", 'es', "city");--> statement-breakpoint
ALTER TABLE "offices" ALTER COLUMN "cities" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "offices" DROP COLUMN "city";
