// A PATCH that leaves roleScopeTagIds out must leave the object's tags alone. zod 4 runs a field's
// `.default()` even under `.partial()`/`.optional()`, so an update schema built from a create schema
// would turn "not sent" into ['0'] (Default) or [] and silently rescope the object.
import { describe, expect, it } from 'vitest';
import { PLATFORMS } from '@/lib/deployment/platforms';
import { ZUpdateCertificationAuthority } from './certification-authority';
import { deviceConfigurationTypeOf, parseDeviceConfigurationPatch } from './device-configuration/device-configuration';
import { ZUpdateRoleAssignment } from './role-assignment';
import { ZUpdateRoleDefinition } from './role-definition';

const RENAME = { displayName: 'Renamed' };
const PROFILE_TYPES = Object.values(PLATFORMS).flatMap((info) => Object.values(info.odataTypes));

describe('update bodies without roleScopeTagIds', () => {
  it.each([
    ['cloudCertificationAuthority', ZUpdateCertificationAuthority],
    ['roleDefinition', ZUpdateRoleDefinition],
    ['roleAssignment', ZUpdateRoleAssignment],
  ])('%s: parses to the rename alone', (_name, schema) => {
    expect(schema.parse(RENAME)).toEqual(RENAME);
    expect(schema.parse({ roleScopeTagIds: ['7'] })).toEqual({ roleScopeTagIds: ['7'] });
  });

  it.each(PROFILE_TYPES)('%s: parses to the rename alone', (odataType) => {
    const type = deviceConfigurationTypeOf(odataType);
    expect(type).toBeDefined();
    expect(parseDeviceConfigurationPatch(type!, RENAME)).toEqual({ success: true, data: { '@odata.type': odataType, ...RENAME } });
  });
});
