CREATE TABLE "groups" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"display_name" text NOT NULL,
	"description" text,
	"mail_nickname" text NOT NULL,
	"created_date_time" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"last_modified_date_time" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "group_members" (
	"group_id" uuid NOT NULL,
	"member_id" uuid NOT NULL,
	"member_type" text NOT NULL,
	"created_date_time" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "group_members_pk" PRIMARY KEY("group_id","member_id"),
	CONSTRAINT "group_members_type_check" CHECK ("group_members"."member_type" IN ('user', 'device', 'group')),
	CONSTRAINT "group_members_not_self" CHECK ("group_members"."member_id" <> "group_members"."group_id")
);
--> statement-breakpoint
CREATE TABLE "managed_devices" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"device_name" text NOT NULL,
	"operating_system" text NOT NULL,
	"device_platform" text NOT NULL,
	"os_version" text NOT NULL,
	"serial_number" text NOT NULL,
	"imei" text,
	"wifi_mac_address" text,
	"azure_ad_device_id" uuid NOT NULL,
	"user_id" uuid,
	"user_principal_name" text,
	"last_sync_date_time" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"enrolled_date_time" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"management_state" text DEFAULT 'managed' NOT NULL,
	"created_date_time" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"last_modified_date_time" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "given_name" text;--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "surname" text;--> statement-breakpoint
ALTER TABLE "groups" ADD CONSTRAINT "groups_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "group_members" ADD CONSTRAINT "group_members_group_id_groups_id_fk" FOREIGN KEY ("group_id") REFERENCES "public"."groups"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "managed_devices" ADD CONSTRAINT "managed_devices_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "managed_devices" ADD CONSTRAINT "managed_devices_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "groups_tenant_name_idx" ON "groups" USING btree ("tenant_id",lower("display_name"));--> statement-breakpoint
CREATE INDEX "group_members_member_idx" ON "group_members" USING btree ("member_id");--> statement-breakpoint
CREATE UNIQUE INDEX "managed_devices_tenant_aad_device_unique" ON "managed_devices" USING btree ("tenant_id","azure_ad_device_id");--> statement-breakpoint
CREATE INDEX "managed_devices_tenant_name_idx" ON "managed_devices" USING btree ("tenant_id",lower("device_name"));--> statement-breakpoint
CREATE INDEX "managed_devices_user_idx" ON "managed_devices" USING btree ("user_id");