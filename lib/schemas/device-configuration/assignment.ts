// `POST …/deviceConfigurations/{id}/assign` and the portal's Assignments page:
// included and excluded groups, "All users", "All devices", an optional assignment filter per included target.
import { z } from 'zod';

export const GROUP_TARGET = '#microsoft.graph.groupAssignmentTarget';
export const EXCLUSION_GROUP_TARGET = '#microsoft.graph.exclusionGroupAssignmentTarget';
export const ALL_USERS_TARGET = '#microsoft.graph.allLicensedUsersAssignmentTarget';
export const ALL_DEVICES_TARGET = '#microsoft.graph.allDevicesAssignmentTarget';

const TARGET_TYPES = [GROUP_TARGET, EXCLUSION_GROUP_TARGET, ALL_USERS_TARGET, ALL_DEVICES_TARGET];

// Every target may carry an assignment filter (Graph deviceAndAppManagementAssignmentTarget). Stored and returned;
// not evaluated, because filters need device properties the directory does not model.
const filterShape = {
  deviceAndAppManagementAssignmentFilterId: z.guid('The assignment filter id is a GUID').nullish(),
  deviceAndAppManagementAssignmentFilterType: z.enum(['none', 'include', 'exclude']).nullish(),
};
const groupId = z.guid('groupId must be the id (GUID) of an Entra group');

const ZTargetUnion = z.discriminatedUnion(
  '@odata.type',
  [
    z.object({ '@odata.type': z.literal(GROUP_TARGET), groupId, ...filterShape }),
    z.object({ '@odata.type': z.literal(EXCLUSION_GROUP_TARGET), groupId, ...filterShape }),
    z.object({ '@odata.type': z.literal(ALL_USERS_TARGET), ...filterShape }),
    z.object({ '@odata.type': z.literal(ALL_DEVICES_TARGET), ...filterShape }),
  ],
  { error: `Set the target's @odata.type to one of ${TARGET_TYPES.join(', ')}` },
);

/** Accepts the type with or without "#", in any case, as OData does. */
export const ZAssignmentTarget = z.preprocess((target) => {
  if (typeof target !== 'object' || target === null || !('@odata.type' in target)) return target;
  const given = String(target['@odata.type']).replace(/^#?/, '#').toLowerCase();
  return { ...target, '@odata.type': TARGET_TYPES.find((type) => type.toLowerCase() === given) ?? target['@odata.type'] };
}, ZTargetUnion);

export type TAssignmentTarget = z.output<typeof ZAssignmentTarget>;

/** One `deviceConfigurationAssignment`; id, source and sourceId are server-set and ignored on input. */
export const ZDeviceConfigurationAssignment = z.object({
  target: ZAssignmentTarget,
  // Graph `deviceConfigAssignmentIntent`: remove belongs to app assignments; configuration profiles apply.
  intent: z.literal('apply', { error: 'Device configuration assignments have intent apply' }).optional(),
});

const targetKey = (target: TAssignmentTarget) => ('groupId' in target ? target.groupId.toLowerCase() : target['@odata.type']);

/** The set-level rules of the Assignments page: each group once, filters on included targets only. */
export const ZAssignments = z
  .array(ZDeviceConfigurationAssignment)
  .max(1000, 'At most 1000 assignments')
  .superRefine((assignments, ctx) => {
    const seen = new Set<string>();
    assignments.forEach(({ target }, index) => {
      const key = targetKey(target);
      if (seen.has(key)) {
        const what = 'groupId' in target ? `Group ${target.groupId}` : 'This target';
        ctx.addIssue({ code: 'custom', path: [index, 'target'], message: `${what} is assigned more than once: include or exclude each group once` });
      }
      seen.add(key);
      const filterType = target.deviceAndAppManagementAssignmentFilterType ?? 'none';
      if (filterType !== 'none' && target['@odata.type'] === EXCLUSION_GROUP_TARGET) {
        ctx.addIssue({ code: 'custom', path: [index, 'target'], message: 'Excluded groups cannot have an assignment filter' });
      } else if (filterType !== 'none' && !target.deviceAndAppManagementAssignmentFilterId) {
        ctx.addIssue({ code: 'custom', path: [index, 'target'], message: 'Choose the assignment filter, or set the filter mode to none' });
      }
    });
    // With both "All users" and "All devices" the portal no longer offers included groups.
    const types = new Set(assignments.map(({ target }) => target['@odata.type']));
    if (types.has(ALL_USERS_TARGET) && types.has(ALL_DEVICES_TARGET) && types.has(GROUP_TARGET)) {
      ctx.addIssue({ code: 'custom', message: 'With All users and All devices assigned, remove the included groups: they already receive the profile' });
    }
  });

export const ZAssignDeviceConfiguration = z.object({ assignments: ZAssignments });
export type TAssignDeviceConfiguration = z.output<typeof ZAssignDeviceConfiguration>;

/**
 * `POST …/deviceConfigurations/checkAssignments` (a portal addition): the assignments the wizard's review page
 * is about to send, for a saved profile (`{ id }`) or the unsaved Graph JSON of the wizard.
 */
export const ZCheckAssignments = z.object({
  profile: z.record(z.string(), z.unknown(), { error: 'profile is a Graph device configuration, or { id }' }),
  assignments: ZAssignments,
});
export type TCheckAssignments = z.output<typeof ZCheckAssignments>;
