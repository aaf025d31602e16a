// What every device configuration carries (Graph deviceConfiguration): the Basics page (Name, Description) and
// the Scope tags page. And the Graph properties a client may echo back from a GET but never sets.
import { z } from 'zod';

export const basicsShape = {
  displayName: z.string({ error: 'Name is required' }).trim().min(1, 'Name is required').max(1000, 'At most 1000 characters'),
  description: z.string().trim().max(1500, 'At most 1500 characters').nullish(),
  roleScopeTagIds: z.array(z.string().trim().min(1)).max(100, 'At most 100 scope tags'),
};

export const BASICS_DEFAULTS = { description: null, roleScopeTagIds: ['0'] };

/** Server-set or navigation properties: dropped from request bodies, so a GET body can be sent back as a PATCH. */
export const READ_ONLY_PROPERTIES = [
  '@odata.context',
  '@odata.etag',
  'id',
  'version',
  'createdDateTime',
  'lastModifiedDateTime',
  'supportsScopeTags',
  'rootCertificate',
  'assignments',
] as const;

/** strictObject's message for a property the Graph type does not have. */
export function unknownPropertyError(odataType: string) {
  return (issue: { code?: string; keys?: string[] }) =>
    issue.code === 'unrecognized_keys'
      ? `${(issue.keys ?? []).join(', ')} ${issue.keys?.length === 1 ? 'is not a property' : 'are not properties'} of ${odataType}`
      : undefined;
}
