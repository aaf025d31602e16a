// What the portal knows that Graph's schema does not define travels as OData instance annotations, never as extra
// properties (Graph's SDK models would carry those as unknown `additionalData`, and a Graph property of the same name
// added later would clash). One rule for every object on the wire:
//
//     "@cloudPki.<name>": <value>      at the top level of the object it describes
//
// (OData JSON Format 4.01, "Instance Annotations": annotating a JSON object; Graph does the same with `@microsoft.graph.downloadUrl` on
// a driveItem.) Where Graph has a property that means the same thing, that property is used instead.
//
// Both sides use this file: mappers build the annotations, the UI reads them back with `cloudPkiAnnotation`.

export const CLOUD_PKI_ANNOTATION_PREFIX = '@cloudPki.';

/** The annotations `"@cloudPki.<name>": value` for each property of T. */
export type CloudPkiAnnotations<T extends object> = { readonly [K in keyof T & string as `@cloudPki.${K}`]: T[K] };

/** Mapper side: the annotations to spread into a Graph object. */
export function cloudPkiAnnotations<T extends Record<string, unknown>>(values: T): CloudPkiAnnotations<T> {
  return Object.fromEntries(Object.entries(values).map(([name, value]) => [`${CLOUD_PKI_ANNOTATION_PREFIX}${name}`, value])) as CloudPkiAnnotations<T>;
}

type AnnotationNames<O> = { [K in keyof O]: K extends `@cloudPki.${infer Name}` ? Name : never }[keyof O];
type AnnotationValue<O, Name extends string> = O[`@cloudPki.${Name}` & keyof O];

/** Reader side: one annotation of an object the API returned, e.g. `cloudPkiAnnotation(leaf, 'revocationReason')`. */
export function cloudPkiAnnotation<O extends object, Name extends AnnotationNames<O> & string>(object: O, name: Name): AnnotationValue<O, Name> {
  return (object as Record<string, unknown>)[`${CLOUD_PKI_ANNOTATION_PREFIX}${name}`] as AnnotationValue<O, Name>;
}
