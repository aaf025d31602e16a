// Reads Graph JSON the way Microsoft's Graph beta SDK for JavaScript does (Kiota's JsonParseNode into the SDK's
// generated models) and says what did not arrive. Kiota is lenient: an unknown property lands in `additionalData`,
// a property of the wrong JSON type or an unknown enum member silently becomes undefined, an unparsable date an
// Invalid Date. So every JSON value is looked for in the model, nested objects and collections included.
import type { Parsable, ParsableFactory } from '@microsoft/kiota-abstractions';
import { JsonParseNode } from '@microsoft/kiota-serialization-json';

/**
 * What a model may keep in additionalData, by decision: the response's `@odata.context` and the portal's
 * `@cloudPki.<name>` instance annotations (lib/graph/cloud-pki-annotations.ts). Kiota keeps both there under
 * their JSON names with their JSON values, and writes them back when the object is sent again; the server
 * ignores them in request bodies (graph-route.ts). Anything else there is a property the Graph type lacks.
 */
export const TOLERATED_ADDITIONAL_DATA = /^@(odata\.context|cloudPki\.[A-Za-z]+)$/;

type Path = (string | number)[];
interface Reading {
  problems: string[];
  /** Strings the model holds as an array: flags enums (below). */
  flags: Path[];
}

/** The problems of one Graph JSON object read as the SDK type `create` makes; empty when all of it arrived. */
export function graphSdkProblems(json: Record<string, unknown>, create: ParsableFactory<Parsable>): string[] {
  const read = (body: unknown) => new JsonParseNode(body).getObjectValue(create) as Record<string, unknown>;
  const reading: Reading = { problems: [], flags: [] };
  readObject(json, read(json), [], reading);
  return [...reading.problems, ...flagsProblems(json, reading.flags, read)];
}

/**
 * Graph writes a flags enum as one string, "digitalSignature,keyEncipherment" (OData JSON Format 4.01 "Enumeration
 * Values"), and so does this portal; kiota-typescript's JsonParseNode reads flags only from a JSON array and gives []
 * for the string, whatever it holds. So each such string is read once more as the array of its members, and every
 * member must be one of the enum's.
 */
function flagsProblems(json: unknown, flags: Path[], read: (body: unknown) => Record<string, unknown>): string[] {
  if (flags.length === 0) return [];
  const asArrays = structuredClone(json);
  for (const path of flags) {
    const parent = valueAt(asArrays, path.slice(0, -1)) as Record<string | number, unknown>;
    const key = path.at(-1)!;
    parent[key] = String(parent[key]).split(',').map((member) => member.trim());
  }
  const model = read(asArrays);
  return flags.flatMap((path) => {
    const sent = valueAt(asArrays, path) as string[];
    const kept = modelValueAt(model, path);
    return JSON.stringify(kept) === JSON.stringify(sent) ? [] : [`${format(path)}: ${JSON.stringify(sent.join(','))} has members its flags enum lacks`];
  });
}

function readObject(json: Record<string, unknown>, model: Record<string, unknown>, path: Path, reading: Reading): void {
  const additionalData = (model.additionalData ?? {}) as Record<string, unknown>;
  for (const [key, value] of Object.entries(json)) {
    const at = [...path, key];
    // Kiota picks a derived type by its full name with '#' (OData JSON Format 4.01 "Control Information: type").
    if (key === '@odata.type' && !String(value).startsWith('#')) reading.problems.push(`${format(at)}: ${JSON.stringify(value)} lacks the leading #`);
    else if (key in additionalData) {
      if (!TOLERATED_ADDITIONAL_DATA.test(key)) reading.problems.push(`${format(at)}: not a property of the SDK model (additionalData)`);
      else if (additionalData[key] !== value) reading.problems.push(`${format(at)}: the SDK changed the annotation`);
    } else readValue(value, model[modelKeyOf(key, model)], at, reading);
  }
}

function readValue(json: unknown, read: unknown, path: Path, reading: Reading): void {
  const problem = (text: string) => reading.problems.push(`${format(path)}: ${text}`);
  if (json === null) {
    if (read !== null && read !== undefined) problem(`null sent, the SDK read ${String(read)}`);
  } else if (read === undefined) problem(`dropped by the SDK (wrong JSON type, or not a member of its enum): ${JSON.stringify(json)}`);
  else if (read instanceof Date) {
    if (Number.isNaN(read.getTime())) problem(`not a date-time the SDK can read: ${JSON.stringify(json)}`);
    else if (typeof json !== 'string' || Date.parse(json) !== read.getTime()) problem(`the SDK read another date-time than ${JSON.stringify(json)}`);
  } else if (read instanceof ArrayBuffer) {
    if (Buffer.from(read).toString('base64') !== json) problem('the SDK read other bytes');
  } else if (typeof json === 'string' && Array.isArray(read)) reading.flags.push(path);
  else if (Array.isArray(json)) {
    if (!Array.isArray(read) || read.length !== json.length) problem(`${json.length} items sent, the SDK read ${JSON.stringify(read)}`);
    else json.forEach((item, index) => readValue(item, read[index], [...path, index], reading));
  } else if (typeof json === 'object') {
    if (typeof read === 'object' && read !== null) readObject(json as Record<string, unknown>, read as Record<string, unknown>, path, reading);
    else problem(`the SDK read ${JSON.stringify(read)}`);
  } else if (!Object.is(json, read)) problem(`sent ${JSON.stringify(json)}, the SDK read ${JSON.stringify(read)}`);
}

/** Kiota's name for a JSON property: `@odata.nextLink` → odataNextLink, and `error` → errorEscaped (a reserved name). */
function modelKeyOf(key: string, model: Record<string, unknown>): string {
  const control = /^@odata\.(\w)(\w*)$/.exec(key);
  if (control) return `odata${control[1]!.toUpperCase()}${control[2]}`;
  return !(key in model) && `${key}Escaped` in model ? `${key}Escaped` : key;
}

const valueAt = (root: unknown, path: Path) => path.reduce<unknown>((node, key) => (node as Record<string | number, unknown>)[key], root);

function modelValueAt(model: Record<string, unknown>, path: Path): unknown {
  return path.reduce<unknown>((node, key) => {
    const object = node as Record<string | number, unknown>;
    return typeof key === 'number' ? object[key] : object[modelKeyOf(key, object as Record<string, unknown>)];
  }, model);
}

const format = (path: Path) => `$${path.map((key) => (typeof key === 'number' ? `[${key}]` : `.${key}`)).join('')}`;
