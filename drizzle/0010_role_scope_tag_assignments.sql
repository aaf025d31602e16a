CREATE TABLE "role_scope_tag_assignments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"role_scope_tag_id" integer NOT NULL,
	"group_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"created_date_time" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"last_modified_date_time" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "role_scope_tag_assignments" ADD CONSTRAINT "role_scope_tag_assignments_group_id_groups_id_fk" FOREIGN KEY ("group_id") REFERENCES "public"."groups"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "role_scope_tag_assignments" ADD CONSTRAINT "role_scope_tag_assignments_tag_fk" FOREIGN KEY ("role_scope_tag_id") REFERENCES "public"."role_scope_tags"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "role_scope_tag_assignments_tag_group_unique" ON "role_scope_tag_assignments" USING btree ("role_scope_tag_id","group_id");--> statement-breakpoint
CREATE INDEX "role_scope_tag_assignments_group_idx" ON "role_scope_tag_assignments" USING btree ("group_id");