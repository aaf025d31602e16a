// A CertRep with pkiStatus FAILURE (RFC 8894 §3.3.2.2): the server read the request and refused it. failInfo is
// the §3.2.1.4 reason name, failInfoText the server's free-text explanation (§3.2.1.4.4) when it sent one.
import { FAIL_INFO, type FailInfo } from '@/lib/scep/scep-message-type';

export class ScepRequestRefusedError extends Error {
  readonly failInfo: FailInfo | undefined;

  constructor(
    /** The failInfo attribute as sent (a decimal number), undefined when absent. */
    readonly failInfoValue: string | undefined,
    readonly failInfoText: string | undefined,
  ) {
    const failInfo = (Object.keys(FAIL_INFO) as FailInfo[]).find((name) => String(FAIL_INFO[name]) === failInfoValue);
    super(`The SCEP server refused the request (${failInfo ?? `failInfo ${failInfoValue ?? 'absent'}`})${failInfoText ? `: ${failInfoText}` : ''}`);
    this.name = 'ScepRequestRefusedError';
    this.failInfo = failInfo;
  }
}
