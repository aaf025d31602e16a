// The one place that reads process.env: every setting validated at start, with one message per bad value.
import { z } from 'zod';

const optionalText = z
  .string()
  .trim()
  .transform((value) => value || undefined)
  .optional();

const ZEnv = z
  .object({
    PORT: z.coerce.number({ error: 'must be a port number from 1 to 65535' }).int().min(1).max(65535).default(3000),
    DATA_DIR: z.string().trim().min(1).default('./data'),
    DATABASE_URL: optionalText.pipe(
      z.url({ protocol: /^postgres(ql)?$/, error: 'must be a postgres:// URL (leave unset for the embedded database)' }).optional(),
    ),
    PUBLIC_URL: optionalText.pipe(z.url({ protocol: /^https?$/, error: 'must be an http(s) origin such as https://pki.contoso.com' }).optional()),
    PORTAL_ADMIN_USER: z.string().trim().min(1).default('admin@contoso.local'),
    PORTAL_ADMIN_PASSWORD: optionalText.pipe(z.string().min(12, 'must be at least 12 characters').optional()),
    PORTAL_DEMO_PASSWORD: optionalText.pipe(z.string().min(12, 'must be at least 12 characters').optional()),
    AUTOMATION_CLIENT_ID: optionalText,
    AUTOMATION_CLIENT_SECRET: optionalText.pipe(z.string().min(16, 'must be at least 16 characters').optional()),
    PKI_MASTER_KEY: optionalText.pipe(
      z.string().regex(/^[A-Za-z0-9+/]{43}=$/, 'must be 32 bytes in base64 (openssl rand -base64 32)').optional(),
    ),
    PKCS11_MODULE: optionalText,
    PKCS11_TOKEN_LABEL: optionalText,
    PKCS11_PIN: optionalText.pipe(z.string().min(4, 'must be at least 4 characters').optional()),
    ENTRA_TENANT_ID: optionalText.pipe(z.uuid({ error: 'must be the directory (tenant) GUID' }).optional()),
    ENTRA_CLIENT_ID: optionalText.pipe(z.uuid({ error: 'must be the SPA app registration GUID' }).optional()),
    ENTRA_API_CLIENT_ID: optionalText.pipe(z.uuid({ error: 'must be the API app registration GUID' }).optional()),
  })
  .superRefine((env, ctx) => {
    if (!!env.AUTOMATION_CLIENT_ID !== !!env.AUTOMATION_CLIENT_SECRET) {
      ctx.addIssue({ code: 'custom', path: ['AUTOMATION_CLIENT_SECRET'], message: 'set AUTOMATION_CLIENT_ID and AUTOMATION_CLIENT_SECRET together' });
    }
    const pkcs11 = [env.PKCS11_MODULE, env.PKCS11_TOKEN_LABEL, env.PKCS11_PIN];
    if (pkcs11.some(Boolean) && !pkcs11.every(Boolean)) {
      ctx.addIssue({ code: 'custom', path: ['PKCS11_MODULE'], message: 'set PKCS11_MODULE, PKCS11_TOKEN_LABEL and PKCS11_PIN together' });
    }
    if (!!env.ENTRA_TENANT_ID !== !!env.ENTRA_CLIENT_ID) {
      ctx.addIssue({ code: 'custom', path: ['ENTRA_CLIENT_ID'], message: 'set ENTRA_TENANT_ID and ENTRA_CLIENT_ID together' });
    }
  })
  .transform((env) => ({
    ...env,
    PUBLIC_URL: (env.PUBLIC_URL ?? `http://localhost:${env.PORT}`).replace(/\/+$/, ''),
  }));

export type Env = z.output<typeof ZEnv>;

export class InvalidEnvironmentError extends Error {}

export function parseEnv(source: Record<string, string | undefined>): Env {
  const result = ZEnv.safeParse(source);
  if (result.success) return result.data;
  const lines = result.error.issues.map((issue) => `  ${issue.path.join('.') || 'environment'}: ${issue.message}`);
  throw new InvalidEnvironmentError(`Invalid configuration:\n${lines.join('\n')}`);
}

let cached: Env | undefined;

/** The validated settings of this process (read once). */
export function getEnv(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}
