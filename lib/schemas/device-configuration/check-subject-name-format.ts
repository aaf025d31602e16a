// The portal's checks of "Subject name format": an X.500 name such as
// CN={{UserName}},E={{EmailAddress}},O=Contoso whose variables suit the certificate type and platform.
import { PLATFORMS, type Platform } from '@/lib/deployment/platforms';
import type { FieldProblem } from './field-problem';
import { judgeVariable, type CertificateStore, variableMessage } from './scep-variables';
import { hasStrayBrace, scanVariables, STRAY_BRACE_MESSAGE } from './scan-variables';

const FIELD = 'subjectNameFormatString';

// An attribute type (CN, E, OU, SERIALNUMBER, or a dotted OID) followed by "=".
const STARTS_WITH_ATTRIBUTE = /^\s*[A-Za-z0-9][A-Za-z0-9.]*\s*=/;
// Escaped \+ \, \; \= in the CN break Intune's challenge validation.
const ESCAPED_SPECIAL = /\\[+,;=]/;

export function checkSubjectNameFormat(
  value: string,
  context: { certificateStore: CertificateStore; platform: Platform },
): FieldProblem[] {
  const problem = (message: string): FieldProblem => ({ field: FIELD, message });
  if (value.trim() === '') return [problem('Enter a subject name format, such as CN={{UserName}}')];

  const problems: FieldProblem[] = [];
  if (!STARTS_WITH_ATTRIBUTE.test(value)) {
    problems.push(problem('The subject name is a list of attributes, such as CN={{UserName}},O=Contoso'));
  }
  const scanned = scanVariables(value);
  if (hasStrayBrace(scanned)) problems.push(problem(STRAY_BRACE_MESSAGE));
  for (const variable of scanned.variables) {
    const verdict = judgeVariable(variable.name, { ...context, isUriSan: false });
    if (!verdict.ok) problems.push(problem(variableMessage(verdict, PLATFORMS[context.platform].label)));
  }
  if (ESCAPED_SPECIAL.test(value)) {
    problems.push(
      problem('Escaped characters (\\+ \\, \\; \\=) break the SCEP challenge validation: quote the value or remove the character'),
    );
  }
  return problems;
}
