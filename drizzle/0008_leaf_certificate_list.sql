CREATE TABLE "leaf_certificate_counts" (
	"ca_id" uuid NOT NULL,
	"status" text NOT NULL,
	"validity_end_day" date NOT NULL,
	"count" bigint NOT NULL,
	CONSTRAINT "leaf_certificate_counts_ca_id_status_validity_end_day_pk" PRIMARY KEY("ca_id","status","validity_end_day")
);
--> statement-breakpoint
DROP INDEX "leaf_certificates_ca_status_idx";--> statement-breakpoint
DROP INDEX "leaf_certificates_ca_validity_end_idx";--> statement-breakpoint
DROP INDEX "leaf_certificates_ca_created_idx";--> statement-breakpoint
DROP INDEX "leaf_certificates_subject_idx";--> statement-breakpoint
DROP INDEX "leaf_certificates_upn_idx";--> statement-breakpoint
ALTER TABLE "leaf_certificate_counts" ADD CONSTRAINT "leaf_certificate_counts_ca_id_certification_authorities_id_fk" FOREIGN KEY ("ca_id") REFERENCES "public"."certification_authorities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "leaf_certificates_ca_status_start_idx" ON "leaf_certificates" USING btree ("ca_id","status","validity_start_date_time","id");--> statement-breakpoint
CREATE INDEX "leaf_certificates_ca_validity_start_idx" ON "leaf_certificates" USING btree ("ca_id","validity_start_date_time","id");--> statement-breakpoint
CREATE INDEX "leaf_certificates_ca_serial_prefix_idx" ON "leaf_certificates" USING btree ("ca_id","serial_number" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "leaf_certificates_ca_thumbprint_prefix_idx" ON "leaf_certificates" USING btree ("ca_id","thumbprint" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "leaf_certificates_ca_device_name_idx" ON "leaf_certificates" USING btree ("ca_id",lower("device_name") text_pattern_ops);--> statement-breakpoint
CREATE INDEX "leaf_certificates_ca_validity_end_idx" ON "leaf_certificates" USING btree ("ca_id","validity_end_date_time","id");--> statement-breakpoint
CREATE INDEX "leaf_certificates_ca_created_idx" ON "leaf_certificates" USING btree ("ca_id","created_date_time","id");--> statement-breakpoint
CREATE INDEX "leaf_certificates_subject_idx" ON "leaf_certificates" USING btree ("ca_id",lower("subject_name") text_pattern_ops);--> statement-breakpoint
CREATE INDEX "leaf_certificates_upn_idx" ON "leaf_certificates" USING btree (lower("user_principal_name") text_pattern_ops);--> statement-breakpoint
-- leaf_certificate_counts follows leaf_certificates through statement triggers with transition tables: one grouped
-- upsert per statement, so a bulk seed or a bulk revocation costs one write per (CA, status, day), not per row.
-- Deltas are applied in key order, so concurrent statements lock counter rows in the same order (no deadlock).
CREATE FUNCTION leaf_certificate_counts_apply() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    -- Only updates: a CA's deletion cascades to its leaves and to its counter rows, in either order.
    UPDATE leaf_certificate_counts AS c SET count = c.count - o.n
    FROM (SELECT ca_id, status, (validity_end_date_time AT TIME ZONE 'UTC')::date AS day, count(*) AS n
          FROM old_rows GROUP BY 1, 2, 3) AS o
    WHERE c.ca_id = o.ca_id AND c.status = o.status AND c.validity_end_day = o.day;
    RETURN NULL;
  END IF;
  IF TG_OP = 'INSERT' THEN
    INSERT INTO leaf_certificate_counts AS c (ca_id, status, validity_end_day, count)
    SELECT ca_id, status, (validity_end_date_time AT TIME ZONE 'UTC')::date, count(*) FROM new_rows
    GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
    ON CONFLICT (ca_id, status, validity_end_day) DO UPDATE SET count = c.count + excluded.count;
    RETURN NULL;
  END IF;
  INSERT INTO leaf_certificate_counts AS c (ca_id, status, validity_end_day, count)
  SELECT ca_id, status, day, sum(n) FROM (
    SELECT ca_id, status, (validity_end_date_time AT TIME ZONE 'UTC')::date AS day, 1 AS n FROM new_rows
    UNION ALL
    SELECT ca_id, status, (validity_end_date_time AT TIME ZONE 'UTC')::date, -1 FROM old_rows
  ) AS delta
  GROUP BY 1, 2, 3 HAVING sum(n) <> 0 ORDER BY 1, 2, 3
  ON CONFLICT (ca_id, status, validity_end_day) DO UPDATE SET count = c.count + excluded.count;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER leaf_certificates_count_inserts AFTER INSERT ON leaf_certificates
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION leaf_certificate_counts_apply();
--> statement-breakpoint
CREATE TRIGGER leaf_certificates_count_updates AFTER UPDATE ON leaf_certificates
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION leaf_certificate_counts_apply();
--> statement-breakpoint
CREATE TRIGGER leaf_certificates_count_deletes AFTER DELETE ON leaf_certificates
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION leaf_certificate_counts_apply();
--> statement-breakpoint
INSERT INTO leaf_certificate_counts (ca_id, status, validity_end_day, count)
SELECT ca_id, status, (validity_end_date_time AT TIME ZONE 'UTC')::date, count(*) FROM leaf_certificates GROUP BY 1, 2, 3;
