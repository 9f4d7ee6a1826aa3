CREATE TABLE "press_officers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"office_id" uuid NOT NULL,
	"name" text NOT NULL,
	"role" text DEFAULT '' NOT NULL,
	"phones" text[] DEFAULT '{}'::text[] NOT NULL,
	"email" text DEFAULT '' NOT NULL,
	"languages" text[] DEFAULT '{}'::text[] NOT NULL,
	"created_by_id" uuid,
	"updated_by_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "press_officers_languages" CHECK ("press_officers"."languages" <@ array['fr', 'en', 'es']::text[]),
	CONSTRAINT "press_officers_name_length" CHECK (length("press_officers"."name") between 1 and 120)
);
--> statement-breakpoint
CREATE TABLE "release_template_contacts" (
	"template_id" uuid NOT NULL,
	"officer_id" uuid NOT NULL,
	"position" integer NOT NULL,
	CONSTRAINT "release_template_contacts_template_id_officer_id_pk" PRIMARY KEY("template_id","officer_id")
);
--> statement-breakpoint
CREATE TABLE "release_template_topics" (
	"template_id" uuid NOT NULL,
	"topic_id" uuid NOT NULL,
	CONSTRAINT "release_template_topics_template_id_topic_id_pk" PRIMARY KEY("template_id","topic_id")
);
--> statement-breakpoint
CREATE TABLE "release_templates" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"office_id" uuid,
	"name" text NOT NULL,
	"language" text NOT NULL,
	"sections" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"created_by_id" uuid,
	"updated_by_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "release_templates_language" CHECK ("release_templates"."language" in ('fr', 'en', 'es')),
	CONSTRAINT "release_templates_name_length" CHECK (length("release_templates"."name") between 1 and 120)
);
--> statement-breakpoint
ALTER TABLE "press_officers" ADD CONSTRAINT "press_officers_office_id_offices_id_fk" FOREIGN KEY ("office_id") REFERENCES "public"."offices"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "press_officers" ADD CONSTRAINT "press_officers_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "press_officers" ADD CONSTRAINT "press_officers_updated_by_id_users_id_fk" FOREIGN KEY ("updated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "release_template_contacts" ADD CONSTRAINT "release_template_contacts_template_id_release_templates_id_fk" FOREIGN KEY ("template_id") REFERENCES "public"."release_templates"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "release_template_contacts" ADD CONSTRAINT "release_template_contacts_officer_id_press_officers_id_fk" FOREIGN KEY ("officer_id") REFERENCES "public"."press_officers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "release_template_topics" ADD CONSTRAINT "release_template_topics_template_id_release_templates_id_fk" FOREIGN KEY ("template_id") REFERENCES "public"."release_templates"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "release_template_topics" ADD CONSTRAINT "release_template_topics_topic_id_topics_id_fk" FOREIGN KEY ("topic_id") REFERENCES "public"."topics"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "release_templates" ADD CONSTRAINT "release_templates_office_id_offices_id_fk" FOREIGN KEY ("office_id") REFERENCES "public"."offices"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "release_templates" ADD CONSTRAINT "release_templates_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "release_templates" ADD CONSTRAINT "release_templates_updated_by_id_users_id_fk" FOREIGN KEY ("updated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "press_officers_office_id_name_index" ON "press_officers" USING btree ("office_id","name");--> statement-breakpoint
CREATE INDEX "release_template_contacts_officer_id_index" ON "release_template_contacts" USING btree ("officer_id");--> statement-breakpoint
CREATE INDEX "release_templates_office_id_name_index" ON "release_templates" USING btree ("office_id","name");