// Body of the createScepChallenge action (an addition over Graph; issue 3): mint a one-time SCEP challenge.
import { z } from 'zod';

export const DEFAULT_CHALLENGE_VALIDITY_MINUTES = 60;

export const ZCreateScepChallenge = z
  .object({
    deviceName: z.string().trim().min(1).max(256).optional(),
    validityInMinutes: z.coerce
      .number()
      .int('Enter whole minutes')
      .min(1, 'At least 1 minute')
      .max(7 * 24 * 60, 'At most 7 days (10080 minutes)')
      .default(DEFAULT_CHALLENGE_VALIDITY_MINUTES),
  })
  .strict();

export type TCreateScepChallenge = z.output<typeof ZCreateScepChallenge>;
