// Splits subject and SAN text into {{variables}} and the literal text around them (variables must be
// wrapped in {{ }}), so the checks can judge each variable and look at what is left.
import { VARIABLE_PATTERN } from './scep-variables';

export interface ScannedText {
  /** The names between {{ and }}, in order. */
  variables: { name: string; start: number; end: number }[];
  /** The text with every {{variable}} removed: a brace left here was not part of a well-formed variable. */
  literal: string;
  /** Literal text after the end of the first variable (the SAN rule "nothing of { } | ; after a variable"). */
  literalAfterFirstVariable: string;
}

export function scanVariables(text: string): ScannedText {
  const variables = [...text.matchAll(VARIABLE_PATTERN)].map((match) => ({
    name: match[1] ?? '',
    start: match.index,
    end: match.index + match[0].length,
  }));
  const literal = text.replace(VARIABLE_PATTERN, '');
  const first = variables[0];
  const literalAfterFirstVariable = first ? text.slice(first.end).replace(VARIABLE_PATTERN, '') : '';
  return { variables, literal, literalAfterFirstVariable };
}

export const hasStrayBrace = (scanned: ScannedText) => /[{}]/.test(scanned.literal);

export const STRAY_BRACE_MESSAGE = 'Wrap each variable in double braces, like {{UserName}}';
