CREATE TABLE "role_definitions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"display_name" text NOT NULL,
	"description" text,
	"allowed_resource_actions" text[] DEFAULT '{}'::text[] NOT NULL,
	"role_scope_tag_ids" text[] DEFAULT '{}'::text[] NOT NULL,
	"created_date_time" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"last_modified_date_time" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "role_assignments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"role_definition_id" uuid NOT NULL,
	"display_name" text NOT NULL,
	"description" text,
	"members" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"role_scope_tag_ids" text[] DEFAULT '{}'::text[] NOT NULL,
	"created_date_time" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"last_modified_date_time" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "role_scope_tags" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "role_scope_tags_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"tenant_id" uuid NOT NULL,
	"display_name" text NOT NULL,
	"description" text,
	"created_date_time" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"last_modified_date_time" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "role_definitions" ADD CONSTRAINT "role_definitions_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "role_assignments" ADD CONSTRAINT "role_assignments_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "role_scope_tags" ADD CONSTRAINT "role_scope_tags_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "role_definitions_tenant_name_unique" ON "role_definitions" USING btree ("tenant_id",lower("display_name"));--> statement-breakpoint
CREATE INDEX "role_assignments_tenant_definition_idx" ON "role_assignments" USING btree ("tenant_id","role_definition_id");--> statement-breakpoint
CREATE INDEX "role_assignments_members_idx" ON "role_assignments" USING gin ("members");--> statement-breakpoint
CREATE UNIQUE INDEX "role_scope_tags_tenant_name_unique" ON "role_scope_tags" USING btree ("tenant_id",lower("display_name"));