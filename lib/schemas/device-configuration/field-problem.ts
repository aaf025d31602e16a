// A validation finding about one Graph property of a profile: what the wizard shows under that field and what
// the API's 400 message and `validateScepProfile` list.

export interface FieldProblem {
  /** The Graph property path, e.g. `keySize`, `extendedKeyUsages.0.objectIdentifier`, `customSubjectAlternativeNames.1.name`. */
  field: string;
  message: string;
}
