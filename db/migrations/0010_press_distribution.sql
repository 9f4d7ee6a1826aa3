CREATE TABLE "bounced_addresses" (
	"email" text PRIMARY KEY NOT NULL,
	"reason" text NOT NULL,
	"bounced_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "bounced_addresses_lower" CHECK ("bounced_addresses"."email" = lower("bounced_addresses"."email"))
);
--> statement-breakpoint
CREATE TABLE "distribution_deliveries" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"distribution_id" uuid NOT NULL,
	"email" text NOT NULL,
	"subscriber_id" uuid,
	"contact_id" uuid,
	"list_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"language" text NOT NULL,
	"status" text DEFAULT 'queued' NOT NULL,
	"reason" text,
	"attempts" integer DEFAULT 0 NOT NULL,
	"message_id" text,
	"sent_at" timestamp with time zone,
	"embargo_token_hash" text,
	"embargo_revoked_at" timestamp with time zone,
	"embargo_opens" integer DEFAULT 0 NOT NULL,
	"embargo_last_opened_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "distribution_deliveries_status" CHECK ("distribution_deliveries"."status" in ('queued', 'sent', 'failed', 'bounced', 'skipped')),
	CONSTRAINT "distribution_deliveries_language" CHECK ("distribution_deliveries"."language" in ('fr', 'en', 'es')),
	CONSTRAINT "distribution_deliveries_attempts" CHECK ("distribution_deliveries"."attempts" >= 0)
);
--> statement-breakpoint
CREATE TABLE "distributions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"release_id" uuid NOT NULL,
	"revision_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"event_key" text NOT NULL,
	"embargo_until" timestamp with time zone,
	"created_by_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "distributions_kind" CHECK ("distributions"."kind" in ('publish', 'correction', 'embargo', 'embargo-notice'))
);
--> statement-breakpoint
CREATE TABLE "release_distribution_lists" (
	"release_id" uuid NOT NULL,
	"list_id" uuid NOT NULL,
	"added_by_id" uuid,
	"added_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "release_distribution_lists_release_id_list_id_pk" PRIMARY KEY("release_id","list_id")
);
--> statement-breakpoint
CREATE TABLE "subscriber_offices" (
	"subscriber_id" uuid NOT NULL,
	"office_id" uuid NOT NULL,
	CONSTRAINT "subscriber_offices_subscriber_id_office_id_pk" PRIMARY KEY("subscriber_id","office_id")
);
--> statement-breakpoint
CREATE TABLE "subscriber_topics" (
	"subscriber_id" uuid NOT NULL,
	"topic_id" uuid NOT NULL,
	CONSTRAINT "subscriber_topics_subscriber_id_topic_id_pk" PRIMARY KEY("subscriber_id","topic_id")
);
--> statement-breakpoint
CREATE TABLE "subscribers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"email" text NOT NULL,
	"locale" text NOT NULL,
	"languages" text[] NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"confirmation_token_hash" text,
	"confirmation_sent_at" timestamp with time zone,
	"confirmed_at" timestamp with time zone,
	"unsubscribed_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "subscribers_status" CHECK ("subscribers"."status" in ('pending', 'active', 'paused', 'unsubscribed', 'bounced')),
	CONSTRAINT "subscribers_locale" CHECK ("subscribers"."locale" in ('fr', 'en', 'es')),
	CONSTRAINT "subscribers_languages" CHECK (cardinality("subscribers"."languages") >= 1 and "subscribers"."languages" <@ array['fr', 'en', 'es']::text[])
);
--> statement-breakpoint
CREATE TABLE "subscription_requests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"ip" text NOT NULL,
	"email_hash" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "distribution_deliveries" ADD CONSTRAINT "distribution_deliveries_distribution_id_distributions_id_fk" FOREIGN KEY ("distribution_id") REFERENCES "public"."distributions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "distribution_deliveries" ADD CONSTRAINT "distribution_deliveries_subscriber_id_subscribers_id_fk" FOREIGN KEY ("subscriber_id") REFERENCES "public"."subscribers"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "distribution_deliveries" ADD CONSTRAINT "distribution_deliveries_contact_id_media_contacts_id_fk" FOREIGN KEY ("contact_id") REFERENCES "public"."media_contacts"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "distributions" ADD CONSTRAINT "distributions_release_id_releases_id_fk" FOREIGN KEY ("release_id") REFERENCES "public"."releases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "distributions" ADD CONSTRAINT "distributions_revision_id_revisions_id_fk" FOREIGN KEY ("revision_id") REFERENCES "public"."revisions"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "distributions" ADD CONSTRAINT "distributions_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "release_distribution_lists" ADD CONSTRAINT "release_distribution_lists_release_id_releases_id_fk" FOREIGN KEY ("release_id") REFERENCES "public"."releases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "release_distribution_lists" ADD CONSTRAINT "release_distribution_lists_list_id_media_lists_id_fk" FOREIGN KEY ("list_id") REFERENCES "public"."media_lists"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "release_distribution_lists" ADD CONSTRAINT "release_distribution_lists_added_by_id_users_id_fk" FOREIGN KEY ("added_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "subscriber_offices" ADD CONSTRAINT "subscriber_offices_subscriber_id_subscribers_id_fk" FOREIGN KEY ("subscriber_id") REFERENCES "public"."subscribers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "subscriber_offices" ADD CONSTRAINT "subscriber_offices_office_id_offices_id_fk" FOREIGN KEY ("office_id") REFERENCES "public"."offices"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "subscriber_topics" ADD CONSTRAINT "subscriber_topics_subscriber_id_subscribers_id_fk" FOREIGN KEY ("subscriber_id") REFERENCES "public"."subscribers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "subscriber_topics" ADD CONSTRAINT "subscriber_topics_topic_id_topics_id_fk" FOREIGN KEY ("topic_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "distribution_deliveries_recipient_unique" ON "distribution_deliveries" USING btree ("distribution_id",lower("email"));--> statement-breakpoint
CREATE UNIQUE INDEX "distribution_deliveries_embargo_token_unique" ON "distribution_deliveries" USING btree ("embargo_token_hash");--> statement-breakpoint
CREATE INDEX "distribution_deliveries_distribution_id_status_index" ON "distribution_deliveries" USING btree ("distribution_id","status");--> statement-breakpoint
CREATE INDEX "distribution_deliveries_email_lower" ON "distribution_deliveries" USING btree (lower("email"));--> statement-breakpoint
CREATE UNIQUE INDEX "distributions_event_unique" ON "distributions" USING btree ("release_id","kind","event_key");--> statement-breakpoint
CREATE INDEX "release_distribution_lists_list_id_index" ON "release_distribution_lists" USING btree ("list_id");--> statement-breakpoint
CREATE INDEX "subscriber_offices_office_id_index" ON "subscriber_offices" USING btree ("office_id");--> statement-breakpoint
CREATE INDEX "subscriber_topics_topic_id_index" ON "subscriber_topics" USING btree ("topic_id");--> statement-breakpoint
CREATE UNIQUE INDEX "subscribers_email_unique" ON "subscribers" USING btree (lower("email"));--> statement-breakpoint
CREATE UNIQUE INDEX "subscribers_confirmation_token_unique" ON "subscribers" USING btree ("confirmation_token_hash");--> statement-breakpoint
CREATE INDEX "subscribers_status_index" ON "subscribers" USING btree ("status");--> statement-breakpoint
CREATE INDEX "subscription_requests_ip_created_at_index" ON "subscription_requests" USING btree ("ip","created_at");--> statement-breakpoint
CREATE INDEX "subscription_requests_email_hash_created_at_index" ON "subscription_requests" USING btree ("email_hash","created_at");