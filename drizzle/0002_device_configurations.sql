CREATE TABLE "device_configurations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"odata_type" text NOT NULL,
	"platform" text NOT NULL,
	"kind" text NOT NULL,
	"display_name" text NOT NULL,
	"description" text,
	"version" integer DEFAULT 1 NOT NULL,
	"role_scope_tag_ids" text[] DEFAULT '{}'::text[] NOT NULL,
	"settings" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"trusted_certificate_der" "bytea",
	"certificate_thumbprint" text,
	"root_certificate_profile_id" uuid,
	"issuing_ca_id" uuid,
	"created_date_time" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"last_modified_date_time" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "device_configurations_kind_check" CHECK ("device_configurations"."kind" IN ('trustedCertificate', 'scep')),
	CONSTRAINT "device_configurations_trust_certificate_check" CHECK ("device_configurations"."kind" <> 'trustedCertificate' OR ("device_configurations"."trusted_certificate_der" IS NOT NULL AND "device_configurations"."certificate_thumbprint" IS NOT NULL)),
	CONSTRAINT "device_configurations_scep_links_check" CHECK ("device_configurations"."kind" = 'scep' OR ("device_configurations"."root_certificate_profile_id" IS NULL AND "device_configurations"."issuing_ca_id" IS NULL))
);
--> statement-breakpoint
CREATE TABLE "device_configuration_assignments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"configuration_id" uuid NOT NULL,
	"target" jsonb NOT NULL,
	"intent" text DEFAULT 'apply' NOT NULL,
	"position" integer NOT NULL,
	"created_date_time" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"last_modified_date_time" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "device_configuration_assignments_intent_check" CHECK ("device_configuration_assignments"."intent" IN ('apply'))
);
--> statement-breakpoint
CREATE TABLE "device_configuration_device_statuses" (
	"configuration_id" uuid NOT NULL,
	"device_id" uuid NOT NULL,
	"status" text NOT NULL,
	"error_description" text,
	"leaf_certificate_id" uuid,
	"last_reported_date_time" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "device_configuration_device_statuses_pk" PRIMARY KEY("configuration_id","device_id"),
	CONSTRAINT "device_configuration_device_statuses_status_check" CHECK ("device_configuration_device_statuses"."status" IN ('succeeded', 'error', 'pending', 'notApplicable', 'conflict'))
);
--> statement-breakpoint
ALTER TABLE "device_configurations" ADD CONSTRAINT "device_configurations_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "device_configurations" ADD CONSTRAINT "device_configurations_issuing_ca_fk" FOREIGN KEY ("issuing_ca_id") REFERENCES "public"."certification_authorities"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "device_configurations" ADD CONSTRAINT "device_configurations_root_certificate_fk" FOREIGN KEY ("root_certificate_profile_id") REFERENCES "public"."device_configurations"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "device_configuration_assignments" ADD CONSTRAINT "device_configuration_assignments_configuration_fk" FOREIGN KEY ("configuration_id") REFERENCES "public"."device_configurations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "device_configuration_device_statuses" ADD CONSTRAINT "device_configuration_device_statuses_configuration_fk" FOREIGN KEY ("configuration_id") REFERENCES "public"."device_configurations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "device_configuration_device_statuses" ADD CONSTRAINT "device_configuration_device_statuses_device_fk" FOREIGN KEY ("device_id") REFERENCES "public"."managed_devices"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "device_configuration_device_statuses" ADD CONSTRAINT "device_configuration_device_statuses_leaf_certificate_fk" FOREIGN KEY ("leaf_certificate_id") REFERENCES "public"."leaf_certificates"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "device_configurations_tenant_created_idx" ON "device_configurations" USING btree ("tenant_id","created_date_time");--> statement-breakpoint
CREATE INDEX "device_configurations_root_certificate_idx" ON "device_configurations" USING btree ("root_certificate_profile_id");--> statement-breakpoint
CREATE INDEX "device_configurations_issuing_ca_idx" ON "device_configurations" USING btree ("issuing_ca_id");--> statement-breakpoint
CREATE INDEX "device_configuration_assignments_configuration_idx" ON "device_configuration_assignments" USING btree ("configuration_id","position");--> statement-breakpoint
CREATE INDEX "device_configuration_device_statuses_device_idx" ON "device_configuration_device_statuses" USING btree ("device_id");