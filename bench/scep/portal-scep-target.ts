// The portal's SCEP service as a benchmark target: a benchmark issuing CA (created on first use, by name) and one-time
// challenges minted through Graph, as an MDM would.
import { inBatches } from '../in-batches';
import { type CaKey, connectToPortal, type PortalCredentials } from '../portal-client';
import type { ScepTarget } from './measure-scep-enrollments';

export interface PortalScepTarget extends ScepTarget {
  readonly caDisplayName: string;
  readonly caKeySize: string;
  readonly caKeyPlatform: 'software' | 'hardwareSecurityModule';
}

export async function portalScepTarget(credentials: PortalCredentials, caKey: CaKey, pairName?: string): Promise<PortalScepTarget> {
  const portal = await connectToPortal(credentials);
  const { issuing } = await portal.ensureCaPair(caKey, pairName);
  const first = await portal.createChallenge(issuing.id);
  let spare: string | undefined = first.challenge;
  return {
    scepUrl: first.scepServerUrl,
    caDisplayName: issuing.displayName,
    caKeySize: issuing.certificateKeySize,
    caKeyPlatform: issuing.keyPlatform,
    challenges: async (count) => {
      const reused = spare === undefined ? [] : [spare];
      spare = undefined;
      const minted = await inBatches(count - reused.length, 4, async () => (await portal.createChallenge(issuing.id)).challenge);
      return [...reused, ...minted];
    },
  };
}
