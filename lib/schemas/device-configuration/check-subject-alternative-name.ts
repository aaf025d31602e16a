// The portal's checks of one "Subject alternative name" row: variables
// wrapped in {{ }} and valid for the certificate type; nothing of { } | ; after a variable; an email or UPN
// value with one @; a DNS value without @ that does not end with a symbol. The @ is counted in the value a device
// gets: {{UserPrincipalName}} and {{EmailAddress}} bring their own (Microsoft's documented UPN example is the bare
// {{UserPrincipalName}}), so they satisfy an email or UPN and break a DNS name.
import { PLATFORMS, type Platform } from '@/lib/deployment/platforms';
import type { FieldProblem } from './field-problem';
import { judgeVariable, type CertificateStore, variableMessage } from './scep-variables';
import { hasStrayBrace, scanVariables, STRAY_BRACE_MESSAGE } from './scan-variables';

export const SAN_TYPES = ['emailAddress', 'userPrincipalName', 'domainNameService', 'universalResourceIdentifier'] as const;
export type SanType = (typeof SAN_TYPES)[number];

/** The portal's Attribute column labels. */
export const SAN_TYPE_LABELS: Readonly<Record<SanType, string>> = {
  emailAddress: 'Email address',
  userPrincipalName: 'User principal name (UPN)',
  domainNameService: 'DNS',
  universalResourceIdentifier: 'URI',
};

// The variables whose value is always an address with an @ (user@domain).
const ADDRESS_VARIABLES = new Set(['userprincipalname', 'emailaddress']);

export function checkSubjectAlternativeName(
  san: { sanType: SanType; name: string },
  index: number,
  context: { certificateStore: CertificateStore; platform: Platform },
): FieldProblem[] {
  const field = `customSubjectAlternativeNames.${index}.name`;
  const problems: FieldProblem[] = [];
  const add = (message: string) => problems.push({ field, message });
  const value = san.name.trim();
  if (value === '') {
    add('Enter a value');
    return problems;
  }

  const scanned = scanVariables(value);
  if (hasStrayBrace(scanned)) add(STRAY_BRACE_MESSAGE);
  else if (/[|;]/.test(scanned.literalAfterFirstVariable)) add('After a variable, the value cannot contain {, }, | or ;');
  const isUriSan = san.sanType === 'universalResourceIdentifier';
  for (const variable of scanned.variables) {
    const verdict = judgeVariable(variable.name, { ...context, isUriSan });
    if (!verdict.ok) add(variableMessage(verdict, PLATFORMS[context.platform].label));
  }

  const label = SAN_TYPE_LABELS[san.sanType];
  const addressVariables = scanned.variables.filter((variable) => ADDRESS_VARIABLES.has(variable.name.trim().toLowerCase()));
  const atCount = value.split('@').length - 1 + addressVariables.length;
  switch (san.sanType) {
    case 'emailAddress':
    case 'userPrincipalName':
      if (atCount === 0) {
        const example = context.certificateStore === 'user' ? '{{UserPrincipalName}} or {{AAD_Device_ID}}@contoso.com' : '{{AAD_Device_ID}}@contoso.com';
        add(`${label} values must contain @, such as ${example}`);
      }
      else if (atCount > 1) add(`${label} values must contain only one @ once variables are replaced ({{UserPrincipalName}} and {{EmailAddress}} bring their own)`);
      break;
    case 'domainNameService': {
      if (value.includes('@')) add('A DNS value cannot contain @');
      else if (addressVariables.length > 0) add(`A DNS value cannot contain @, and {{${addressVariables[0]!.name.trim()}}} is an address with one`);
      // A trailing {{variable}} is a name, not a symbol; anything else must end with a letter or digit.
      const last = scanned.variables.at(-1);
      const endsWithVariable = last !== undefined && last.end === value.length;
      if (!endsWithVariable && !/[A-Za-z0-9]$/.test(value)) add('A DNS value cannot end with a symbol');
      break;
    }
    case 'universalResourceIdentifier':
      break;
  }
  return problems;
}
