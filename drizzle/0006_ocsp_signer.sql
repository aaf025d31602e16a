ALTER TABLE "certification_authorities" ADD COLUMN "ocsp_signer_key_uri" text;--> statement-breakpoint
ALTER TABLE "certification_authorities" ADD COLUMN "ocsp_signer_certificate_der" "bytea";