// The one $filter the leaf list supports (spec §7.3: certificateStatus is filterable):
// `certificateStatus eq 'active'`, optionally several joined with `or`.
import type { LeafCertificateStatus } from '@/lib/db/repositories/leaf-certificates';
import { GraphError } from './graph-error';

const STATUSES: readonly LeafCertificateStatus[] = ['active', 'revoked', 'expired'];
const CLAUSE = /^certificateStatus\s+eq\s+'(\w+)'$/i;

export function parseCertificateStatusFilter(filter: string | null): LeafCertificateStatus[] | undefined {
  if (!filter?.trim()) return undefined;
  return filter.split(/\s+or\s+/i).map((clause) => {
    const status = CLAUSE.exec(clause.trim())?.[1] as LeafCertificateStatus | undefined;
    if (!status || !STATUSES.includes(status)) {
      throw new GraphError('BadRequest', `Unsupported $filter '${filter}': use certificateStatus eq 'active', 'revoked' or 'expired', joined with or.`);
    }
    return status;
  });
}
