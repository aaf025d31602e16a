CREATE TABLE "tenants" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"display_name" text NOT NULL,
	"created_date_time" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"last_modified_date_time" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "users" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"user_principal_name" text NOT NULL,
	"display_name" text NOT NULL,
	"mail" text,
	"password_hash" text,
	"roles" text[] DEFAULT '{}'::text[] NOT NULL,
	"account_enabled" boolean DEFAULT true NOT NULL,
	"created_date_time" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"last_modified_date_time" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sealed_keys" (
	"key_uri" text PRIMARY KEY NOT NULL,
	"sealed" "bytea" NOT NULL,
	"public_key_spki" "bytea" NOT NULL,
	"created_date_time" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"last_modified_date_time" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "certification_authorities" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"slot" smallint NOT NULL,
	"display_name" text NOT NULL,
	"description" text,
	"ca_type" text NOT NULL,
	"status" text NOT NULL,
	"issuer_id" uuid,
	"validity_period_in_years" integer NOT NULL,
	"certificate_key_size" text NOT NULL,
	"hashing_algorithm" text NOT NULL,
	"common_name" text NOT NULL,
	"organization_name" text,
	"organization_unit" text,
	"locality_name" text,
	"state_name" text,
	"country_name" text,
	"subject_name" text NOT NULL,
	"extended_key_usages" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"role_scope_tag_ids" text[] DEFAULT '{}'::text[] NOT NULL,
	"key_uri" text NOT NULL,
	"key_platform" text NOT NULL,
	"certificate_der" "bytea" NOT NULL,
	"serial_number" text NOT NULL,
	"thumbprint" text NOT NULL,
	"validity_start_date_time" timestamp (3) with time zone NOT NULL,
	"validity_end_date_time" timestamp (3) with time zone NOT NULL,
	"certificate_signing_request_der" "bytea",
	"trust_chain_certificates" jsonb,
	"issuer_common_name" text,
	"root_certificate_common_name" text,
	"version_number" integer DEFAULT 1 NOT NULL,
	"ra_key_uri" text,
	"ra_certificate_der" "bytea",
	"crl_number" bigint DEFAULT 0 NOT NULL,
	"crl_der" "bytea",
	"crl_this_update" timestamp (3) with time zone,
	"crl_next_update" timestamp (3) with time zone,
	"revocation_date_time" timestamp (3) with time zone,
	"created_date_time" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"last_modified_date_time" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "certification_authorities_tenant_slot_unique" UNIQUE("tenant_id","slot"),
	CONSTRAINT "certification_authorities_slot_range" CHECK ("certification_authorities"."slot" BETWEEN 1 AND 6)
);
--> statement-breakpoint
CREATE TABLE "leaf_certificates" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"ca_id" uuid NOT NULL,
	"serial_number" text NOT NULL,
	"thumbprint" text NOT NULL,
	"subject_name" text NOT NULL,
	"issuer_name" text NOT NULL,
	"san_summary" text,
	"certificate_der" "bytea" NOT NULL,
	"key_usages" text[] DEFAULT '{}'::text[] NOT NULL,
	"extended_key_usages" text[] DEFAULT '{}'::text[] NOT NULL,
	"validity_start_date_time" timestamp (3) with time zone NOT NULL,
	"validity_end_date_time" timestamp (3) with time zone NOT NULL,
	"status" text DEFAULT 'active' NOT NULL,
	"revocation_date_time" timestamp (3) with time zone,
	"revocation_reason" text,
	"device_id" uuid,
	"device_name" text,
	"device_platform" text,
	"user_id" uuid,
	"user_principal_name" text,
	"profile_id" uuid,
	"created_date_time" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"last_modified_date_time" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "leaf_certificates_ca_serial_unique" UNIQUE("ca_id","serial_number")
);
--> statement-breakpoint
CREATE TABLE "scep_challenges" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"ca_id" uuid NOT NULL,
	"challenge_hash" text NOT NULL,
	"expires_date_time" timestamp (3) with time zone NOT NULL,
	"consumed_date_time" timestamp (3) with time zone,
	"device_id" uuid,
	"profile_id" uuid,
	"created_date_time" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"last_modified_date_time" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "scep_challenges_hash_unique" UNIQUE("challenge_hash")
);
--> statement-breakpoint
CREATE TABLE "scep_transactions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"ca_id" uuid NOT NULL,
	"transaction_id" text NOT NULL,
	"status" text NOT NULL,
	"fail_info" text,
	"leaf_certificate_id" uuid,
	"created_date_time" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"last_modified_date_time" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "scep_transactions_ca_transaction_unique" UNIQUE("ca_id","transaction_id")
);
--> statement-breakpoint
CREATE TABLE "audit_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"activity_type" text NOT NULL,
	"activity_operation_type" text NOT NULL,
	"activity_result" text DEFAULT 'Success' NOT NULL,
	"category" text DEFAULT 'CloudPki' NOT NULL,
	"actor_type" text NOT NULL,
	"actor" text NOT NULL,
	"actor_ip_address" text,
	"target_type" text NOT NULL,
	"target_id" text,
	"target_display_name" text,
	"correlation_id" uuid,
	"summary" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"activity_date_time" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"created_date_time" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"last_modified_date_time" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "leases" (
	"name" text PRIMARY KEY NOT NULL,
	"holder" text NOT NULL,
	"expires_date_time" timestamp (3) with time zone NOT NULL,
	"created_date_time" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"last_modified_date_time" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "certification_authorities" ADD CONSTRAINT "certification_authorities_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "certification_authorities" ADD CONSTRAINT "certification_authorities_issuer_fk" FOREIGN KEY ("issuer_id") REFERENCES "public"."certification_authorities"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "leaf_certificates" ADD CONSTRAINT "leaf_certificates_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "leaf_certificates" ADD CONSTRAINT "leaf_certificates_ca_id_certification_authorities_id_fk" FOREIGN KEY ("ca_id") REFERENCES "public"."certification_authorities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scep_challenges" ADD CONSTRAINT "scep_challenges_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scep_challenges" ADD CONSTRAINT "scep_challenges_ca_id_certification_authorities_id_fk" FOREIGN KEY ("ca_id") REFERENCES "public"."certification_authorities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scep_transactions" ADD CONSTRAINT "scep_transactions_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scep_transactions" ADD CONSTRAINT "scep_transactions_ca_id_certification_authorities_id_fk" FOREIGN KEY ("ca_id") REFERENCES "public"."certification_authorities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scep_transactions" ADD CONSTRAINT "scep_transactions_leaf_certificate_id_leaf_certificates_id_fk" FOREIGN KEY ("leaf_certificate_id") REFERENCES "public"."leaf_certificates"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "audit_events" ADD CONSTRAINT "audit_events_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "users_tenant_upn_unique" ON "users" USING btree ("tenant_id",lower("user_principal_name"));--> statement-breakpoint
CREATE INDEX "certification_authorities_tenant_created_idx" ON "certification_authorities" USING btree ("tenant_id","created_date_time");--> statement-breakpoint
CREATE INDEX "certification_authorities_issuer_idx" ON "certification_authorities" USING btree ("issuer_id");--> statement-breakpoint
CREATE INDEX "leaf_certificates_ca_status_idx" ON "leaf_certificates" USING btree ("ca_id","status");--> statement-breakpoint
CREATE INDEX "leaf_certificates_ca_validity_end_idx" ON "leaf_certificates" USING btree ("ca_id","validity_end_date_time");--> statement-breakpoint
CREATE INDEX "leaf_certificates_ca_created_idx" ON "leaf_certificates" USING btree ("ca_id","created_date_time");--> statement-breakpoint
CREATE INDEX "leaf_certificates_thumbprint_idx" ON "leaf_certificates" USING btree ("thumbprint");--> statement-breakpoint
CREATE INDEX "leaf_certificates_subject_idx" ON "leaf_certificates" USING btree ("ca_id",lower("subject_name"));--> statement-breakpoint
CREATE INDEX "leaf_certificates_device_idx" ON "leaf_certificates" USING btree ("device_id");--> statement-breakpoint
CREATE INDEX "leaf_certificates_upn_idx" ON "leaf_certificates" USING btree (lower("user_principal_name"));--> statement-breakpoint
CREATE INDEX "scep_challenges_expires_idx" ON "scep_challenges" USING btree ("expires_date_time");--> statement-breakpoint
CREATE INDEX "audit_events_tenant_time_idx" ON "audit_events" USING btree ("tenant_id","activity_date_time");--> statement-breakpoint
CREATE INDEX "audit_events_tenant_type_idx" ON "audit_events" USING btree ("tenant_id","activity_type");