ALTER TABLE "certification_authorities" ALTER COLUMN "certificate_der" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "certification_authorities" ALTER COLUMN "serial_number" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "certification_authorities" ALTER COLUMN "thumbprint" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "certification_authorities" ALTER COLUMN "validity_start_date_time" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "certification_authorities" ALTER COLUMN "validity_end_date_time" DROP NOT NULL;