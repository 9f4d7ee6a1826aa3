CREATE TABLE "erased_addresses" (
	"hash" text PRIMARY KEY NOT NULL,
	"erased_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "erased_addresses_hash_format" CHECK ("erased_addresses"."hash" ~ '^[0-9a-f]{64}$')
);
--> statement-breakpoint
CREATE TABLE "media_contact_regions" (
	"contact_id" uuid NOT NULL,
	"office_id" uuid NOT NULL,
	CONSTRAINT "media_contact_regions_contact_id_office_id_pk" PRIMARY KEY("contact_id","office_id")
);
--> statement-breakpoint
CREATE TABLE "media_contact_topics" (
	"contact_id" uuid NOT NULL,
	"topic_id" uuid NOT NULL,
	CONSTRAINT "media_contact_topics_contact_id_topic_id_pk" PRIMARY KEY("contact_id","topic_id")
);
--> statement-breakpoint
CREATE TABLE "media_contacts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"office_id" uuid NOT NULL,
	"name" text NOT NULL,
	"outlet" text DEFAULT '' NOT NULL,
	"email" text NOT NULL,
	"languages" text[] NOT NULL,
	"beat" text DEFAULT '' NOT NULL,
	"phone" text DEFAULT '' NOT NULL,
	"notes" text DEFAULT '' NOT NULL,
	"consent_source" text DEFAULT '' NOT NULL,
	"consent_date" date,
	"status" text DEFAULT 'active' NOT NULL,
	"created_by_id" uuid,
	"updated_by_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "media_contacts_status" CHECK ("media_contacts"."status" in ('active', 'unsubscribed', 'bounced')),
	CONSTRAINT "media_contacts_languages" CHECK (cardinality("media_contacts"."languages") >= 1 and "media_contacts"."languages" <@ array['fr', 'en', 'es']::text[])
);
--> statement-breakpoint
CREATE TABLE "media_list_members" (
	"list_id" uuid NOT NULL,
	"contact_id" uuid NOT NULL,
	"added_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "media_list_members_list_id_contact_id_pk" PRIMARY KEY("list_id","contact_id")
);
--> statement-breakpoint
CREATE TABLE "media_lists" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"office_id" uuid NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"filter" jsonb,
	"created_by_id" uuid,
	"updated_by_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "media_lists_kind" CHECK ("media_lists"."kind" in ('static', 'filter')),
	CONSTRAINT "media_lists_filter_with_kind" CHECK (("media_lists"."kind" = 'filter') = ("media_lists"."filter" is not null))
);
--> statement-breakpoint
ALTER TABLE "media_contact_regions" ADD CONSTRAINT "media_contact_regions_contact_id_media_contacts_id_fk" FOREIGN KEY ("contact_id") REFERENCES "public"."media_contacts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "media_contact_regions" ADD CONSTRAINT "media_contact_regions_office_id_offices_id_fk" FOREIGN KEY ("office_id") REFERENCES "public"."offices"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "media_contact_topics" ADD CONSTRAINT "media_contact_topics_contact_id_media_contacts_id_fk" FOREIGN KEY ("contact_id") REFERENCES "public"."media_contacts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "media_contact_topics" ADD CONSTRAINT "media_contact_topics_topic_id_topics_id_fk" FOREIGN KEY ("topic_id") REFERENCES "public"."topics"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "media_contacts" ADD CONSTRAINT "media_contacts_office_id_offices_id_fk" FOREIGN KEY ("office_id") REFERENCES "public"."offices"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "media_contacts" ADD CONSTRAINT "media_contacts_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "media_contacts" ADD CONSTRAINT "media_contacts_updated_by_id_users_id_fk" FOREIGN KEY ("updated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "media_list_members" ADD CONSTRAINT "media_list_members_list_id_media_lists_id_fk" FOREIGN KEY ("list_id") REFERENCES "public"."media_lists"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "media_list_members" ADD CONSTRAINT "media_list_members_contact_id_media_contacts_id_fk" FOREIGN KEY ("contact_id") REFERENCES "public"."media_contacts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "media_lists" ADD CONSTRAINT "media_lists_office_id_offices_id_fk" FOREIGN KEY ("office_id") REFERENCES "public"."offices"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "media_lists" ADD CONSTRAINT "media_lists_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "media_lists" ADD CONSTRAINT "media_lists_updated_by_id_users_id_fk" FOREIGN KEY ("updated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "media_contact_regions_office_id_index" ON "media_contact_regions" USING btree ("office_id");--> statement-breakpoint
CREATE INDEX "media_contact_topics_topic_id_index" ON "media_contact_topics" USING btree ("topic_id");--> statement-breakpoint
CREATE UNIQUE INDEX "media_contacts_office_email_unique" ON "media_contacts" USING btree ("office_id",lower("email"));--> statement-breakpoint
CREATE INDEX "media_contacts_email_lower" ON "media_contacts" USING btree (lower("email"));--> statement-breakpoint
CREATE INDEX "media_list_members_contact_id_index" ON "media_list_members" USING btree ("contact_id");--> statement-breakpoint
CREATE INDEX "media_lists_office_id_index" ON "media_lists" USING btree ("office_id");