ALTER TABLE "tenants" ADD COLUMN "cloud_pki_license_type" text DEFAULT 'none' NOT NULL;--> statement-breakpoint
ALTER TABLE "tenants" ADD COLUMN "trial_end_date_time" timestamp (3) with time zone;--> statement-breakpoint
-- Installs from before licensing created their CAs as a trial does (software keys): they continue in a 90-day trial.
UPDATE "tenants" SET "cloud_pki_license_type" = 'trial', "trial_end_date_time" = now() + interval '90 days';
