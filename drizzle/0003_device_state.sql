CREATE TABLE "device_trusted_certificates" (
	"device_id" uuid NOT NULL,
	"configuration_id" uuid NOT NULL,
	"certificate_der" "bytea" NOT NULL,
	"thumbprint" text NOT NULL,
	"installed_date_time" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "device_trusted_certificates_pk" PRIMARY KEY("device_id","configuration_id")
);
--> statement-breakpoint
CREATE TABLE "device_scep_certificates" (
	"device_id" uuid NOT NULL,
	"configuration_id" uuid NOT NULL,
	"profile_version" integer NOT NULL,
	"key_algorithm" text NOT NULL,
	"sealed_private_key" "bytea" NOT NULL,
	"certificate_der" "bytea" NOT NULL,
	"ca_certificates_pkcs7" "bytea" NOT NULL,
	"leaf_certificate_id" uuid,
	"enrolled_date_time" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "device_scep_certificates_pk" PRIMARY KEY("device_id","configuration_id")
);
--> statement-breakpoint
ALTER TABLE "device_trusted_certificates" ADD CONSTRAINT "device_trusted_certificates_device_fk" FOREIGN KEY ("device_id") REFERENCES "public"."managed_devices"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "device_trusted_certificates" ADD CONSTRAINT "device_trusted_certificates_configuration_fk" FOREIGN KEY ("configuration_id") REFERENCES "public"."device_configurations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "device_scep_certificates" ADD CONSTRAINT "device_scep_certificates_device_fk" FOREIGN KEY ("device_id") REFERENCES "public"."managed_devices"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "device_scep_certificates" ADD CONSTRAINT "device_scep_certificates_configuration_fk" FOREIGN KEY ("configuration_id") REFERENCES "public"."device_configurations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "device_scep_certificates" ADD CONSTRAINT "device_scep_certificates_leaf_certificate_fk" FOREIGN KEY ("leaf_certificate_id") REFERENCES "public"."leaf_certificates"("id") ON DELETE set null ON UPDATE no action;