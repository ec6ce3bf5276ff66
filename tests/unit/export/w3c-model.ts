/**
 * The MUST requirements of the W3C Web Annotation Data Model (Recommendation of 23 February 2017) for the parts we
 * write, as a checker that lists every violation with its path. Written from the specification's model tables:
 * §3.1 Annotations, §3.2 Bodies and Targets, §3.3.1 Lifecycle, §3.3.5 Motivation and Purpose, §4 Specific Resources
 * and §4.2.4–4.2.5 Text Quote and Text Position Selectors, §5.1–5.2 Annotation Collection and Page.
 */
export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

/** §3.3.5: the Motivation instances the model defines. */
export const MOTIVATIONS = new Set([
  'assessing', 'bookmarking', 'classifying', 'commenting', 'describing', 'editing', 'highlighting', 'identifying',
  'linking', 'moderating', 'questioning', 'replying', 'tagging',
]);

/** Keys the anno.jsonld context defines that we use; any other key must be a prefixed term of ours. */
const ANNO_TERMS = new Set([
  '@context', 'id', 'type', 'body', 'bodyValue', 'target', 'motivation', 'purpose', 'created', 'modified', 'generated',
  'generator', 'creator', 'value', 'format', 'language', 'textDirection', 'source', 'selector', 'exact', 'prefix',
  'suffix', 'start', 'end', 'label', 'total', 'first', 'last', 'items', 'startIndex', 'partOf', 'next', 'prev', 'name',
]);

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Node = { [key: string]: Json };

const XSD_DATETIME_UTC = /^-?\d{4,}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])T([01]\d|2[0-3]):[0-5]\d:[0-5]\d(\.\d+)?Z$/;
// RFC 3987 absolute IRI: a scheme, a colon, and no character the IRI grammar excludes.
const IRI = /^[A-Za-z][A-Za-z0-9+.-]*:[^\s<>"{}|\\^`]+$/;
const URN_UUID = /^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const BCP47 = /^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/;

export function isIri(value: Json | undefined): boolean {
  if (typeof value !== 'string' || !IRI.test(value)) return false;
  return !value.toLowerCase().startsWith('urn:uuid:') || URN_UUID.test(value);
}

export function isDateTimeUtc(value: Json | undefined): boolean {
  return typeof value === 'string' && XSD_DATETIME_UTC.test(value) && !Number.isNaN(Date.parse(value));
}

const asList = (value: Json | undefined): Json[] => (value === undefined ? [] : Array.isArray(value) ? value : [value]);
const isNode = (value: Json | undefined): value is Node => value !== null && typeof value === 'object' && !Array.isArray(value);
const isNonNegativeInteger = (value: Json | undefined): boolean => typeof value === 'number' && Number.isInteger(value) && value >= 0;

function checkContext(node: Node, path: string, out: string[]): void {
  const values = asList(node['@context']);
  if (values.length === 0) out.push(`${path}: MUST have 1 or more @context values (§3.1)`);
  if (!values.includes(ANNO_CONTEXT)) out.push(`${path}: ${ANNO_CONTEXT} MUST be one of the @context values (§3.1)`);
  if (Array.isArray(node['@context']) && values.length === 1) out.push(`${path}: a single @context MUST be a string (§3.1)`);
}

function checkTypes(node: Node, required: string, path: string, out: string[]): void {
  const types = asList(node.type);
  if (types.length === 0 || !types.includes(required)) out.push(`${path}: MUST have type ${required} (§3.1, §5)`);
}

function checkId(node: Node, path: string, out: string[]): void {
  if (Array.isArray(node.id)) out.push(`${path}.id: MUST be exactly 1 IRI`);
  else if (!isIri(node.id)) out.push(`${path}.id: MUST be an IRI, got ${JSON.stringify(node.id)}`);
}

function checkLifecycle(node: Node, path: string, out: string[]): void {
  for (const key of ['created', 'modified', 'generated']) {
    const value = node[key];
    if (value === undefined) continue;
    if (Array.isArray(value)) out.push(`${path}.${key}: MUST NOT have more than 1 value (§3.3.1)`);
    else if (!isDateTimeUtc(value)) out.push(`${path}.${key}: MUST be an xsd:dateTime in UTC with "Z", got ${JSON.stringify(value)} (§3.3.1)`);
  }
  for (const key of ['creator', 'generator']) {
    for (const agent of asList(node[key])) {
      if (typeof agent === 'string' && !isIri(agent)) out.push(`${path}.${key}: an Agent given as a string MUST be an IRI`);
      if (isNode(agent) && agent.id !== undefined && (Array.isArray(agent.id) || !isIri(agent.id))) {
        out.push(`${path}.${key}.id: an Agent MUST NOT have more than 1 IRI, and it MUST be an IRI (§3.3.2)`);
      }
    }
  }
}

function checkSelector(selector: Json, path: string, out: string[]): void {
  if (typeof selector === 'string') {
    if (!isIri(selector)) out.push(`${path}: a selector given as a string MUST be an IRI`);
    return;
  }
  if (!isNode(selector)) return void out.push(`${path}: a selector MUST be an object or an IRI`);
  const types = asList(selector.type);
  if (types.length !== 1) out.push(`${path}.type: a Selector MUST have exactly 1 type (§4.2)`);
  if (types.includes('TextQuoteSelector')) {
    if (typeof selector.exact !== 'string') out.push(`${path}.exact: MUST have exactly 1 exact string (§4.2.4)`);
    for (const key of ['prefix', 'suffix']) {
      if (selector[key] !== undefined && typeof selector[key] !== 'string') out.push(`${path}.${key}: MAY have exactly 1 string, no more (§4.2.4)`);
    }
  }
  if (types.includes('TextPositionSelector')) {
    for (const key of ['start', 'end']) {
      if (!isNonNegativeInteger(selector[key])) out.push(`${path}.${key}: MUST have exactly 1 non-negative integer (§4.2.5)`);
    }
    if (typeof selector.start === 'number' && typeof selector.end === 'number' && selector.end < selector.start) {
      out.push(`${path}: end before start`);
    }
  }
}

function checkResource(resource: Json, role: 'body' | 'target', path: string, out: string[]): void {
  if (typeof resource === 'string') {
    if (!isIri(resource)) out.push(`${path}: a ${role} given as a string MUST be an IRI (§3.2.1)`);
    return;
  }
  if (!isNode(resource)) return void out.push(`${path}: a ${role} MUST be an IRI or an object`);
  const types = asList(resource.type);
  if (resource.source !== undefined) {
    // §4 Specific Resource: exactly one source, which is an IRI or an External Web Resource with one.
    const source = resource.source;
    if (Array.isArray(source)) out.push(`${path}.source: MUST have exactly 1 source (§4)`);
    else if (!isIri(typeof source === 'string' ? source : isNode(source) ? source.id : null)) out.push(`${path}.source: MUST be an IRI (§4)`);
    asList(resource.selector).forEach((selector, i) => checkSelector(selector, `${path}.selector[${i}]`, out));
  } else if (types.includes('TextualBody')) {
    if (role === 'target') out.push(`${path}: a target MUST NOT be a TextualBody (§3.2.4)`);
    if (typeof resource.value !== 'string') out.push(`${path}.value: a TextualBody MUST have exactly 1 value (§3.2.4)`);
    if (resource.id !== undefined && !isIri(resource.id)) out.push(`${path}.id: MAY have exactly 1 IRI (§3.2.4)`);
  } else if (types.some((t) => ['Choice', 'Composite', 'List', 'Independents'].includes(String(t)))) {
    if (types.length !== 1) out.push(`${path}.type: a Choice or Set MUST have exactly 1 type (§3.2.7)`);
    asList(resource.items).forEach((item, i) => checkResource(item, role, `${path}.items[${i}]`, out));
  } else if (resource.value !== undefined) {
    out.push(`${path}: an embedded textual resource needs type TextualBody to carry a value`);
  } else {
    // §3.2.1 External Web Resource.
    if (Array.isArray(resource.id) || !isIri(resource.id)) out.push(`${path}.id: an External Web Resource MUST have exactly 1 IRI (§3.2.1)`);
  }
  for (const purpose of asList(resource.purpose)) {
    if (!MOTIVATIONS.has(String(purpose))) out.push(`${path}.purpose: "${String(purpose)}" is not a Motivation (§3.3.5)`);
  }
  for (const language of asList(resource.language)) {
    if (typeof language !== 'string' || !BCP47.test(language)) out.push(`${path}.language: not a BCP 47 tag (§3.2.1)`);
  }
  if (resource.format !== undefined && asList(resource.format).some((f) => typeof f !== 'string' || !f.includes('/'))) {
    out.push(`${path}.format: not a media type (§3.2.1)`);
  }
  if (resource.textDirection !== undefined && !['ltr', 'rtl', 'auto'].includes(String(resource.textDirection))) {
    out.push(`${path}.textDirection: MUST be ltr, rtl or auto (§3.2.1)`);
  }
  checkLifecycle(resource, path, out);
}

function checkKeys(node: Json, path: string, out: string[]): void {
  if (Array.isArray(node)) return node.forEach((item, i) => checkKeys(item, `${path}[${i}]`, out));
  if (!isNode(node)) return;
  for (const [key, value] of Object.entries(node)) {
    if (key === '@context') continue;
    if (!ANNO_TERMS.has(key) && !/^sl:[A-Za-z]+$/.test(key)) out.push(`${path}.${key}: neither an anno.jsonld term nor one of our prefixed terms`);
    checkKeys(value, `${path}.${key}`, out);
  }
}

/** §3.1: an Annotation, standalone or embedded in a page whose collection carries the @context. */
export function checkAnnotation(annotation: Json, path: string, contextInherited: boolean): string[] {
  const out: string[] = [];
  if (!isNode(annotation)) return [`${path}: an Annotation MUST be a JSON object`];
  if (!contextInherited || annotation['@context'] !== undefined) checkContext(annotation, path, out);
  checkId(annotation, path, out);
  checkTypes(annotation, 'Annotation', path, out);
  const targets = asList(annotation.target);
  if (targets.length === 0) out.push(`${path}.target: MUST have 1 or more targets (§3.1)`);
  targets.forEach((target, i) => checkResource(target, 'target', `${path}.target${Array.isArray(annotation.target) ? `[${i}]` : ''}`, out));
  if (annotation.body !== undefined && annotation.bodyValue !== undefined) out.push(`${path}: MUST NOT have both body and bodyValue (§3.2.5)`);
  asList(annotation.body).forEach((body, i) => checkResource(body, 'body', `${path}.body${Array.isArray(annotation.body) ? `[${i}]` : ''}`, out));
  for (const motivation of asList(annotation.motivation)) {
    if (!MOTIVATIONS.has(String(motivation))) out.push(`${path}.motivation: "${String(motivation)}" is not a defined Motivation (§3.3.5)`);
  }
  checkLifecycle(annotation, path, out);
  return out;
}

/** §5.1 and §5.2, and every embedded Annotation. */
export function checkCollection(document: Json): string[] {
  const out: string[] = [];
  if (!isNode(document)) return ['(top): the document MUST be a JSON object'];
  checkContext(document, '(collection)', out);
  checkId(document, '(collection)', out);
  checkTypes(document, 'AnnotationCollection', '(collection)', out);
  for (const label of asList(document.label)) if (typeof label !== 'string') out.push('label: MUST be a string (§5.1)');
  if (document.total !== undefined && !isNonNegativeInteger(document.total)) out.push('total: MUST be an xsd:nonNegativeInteger (§5.1)');
  checkLifecycle(document, '(collection)', out);
  const total = typeof document.total === 'number' ? document.total : 0;
  const first = document.first;
  if (total > 0 && (first === undefined || Array.isArray(first))) out.push('first: a Collection with annotations MUST have exactly 1 first page (§5.1)');
  if (first === undefined) return out;
  if (typeof first === 'string') {
    if (!isIri(first)) out.push('first: MUST be an IRI or an embedded page (§5.1)');
    return out;
  }
  if (!isNode(first)) return [...out, 'first: MUST be an IRI or an embedded page (§5.1)'];
  if (first['@context'] !== undefined) out.push('first: an embedded Page SHOULD NOT repeat the @context (§5.2)');
  checkId(first, 'first', out);
  checkTypes(first, 'AnnotationPage', 'first', out);
  if (first.startIndex !== undefined && !isNonNegativeInteger(first.startIndex)) out.push('first.startIndex: MUST be an xsd:nonNegativeInteger (§5.2)');
  if (first.next !== undefined && !isIri(first.next)) out.push('first.next: MUST be the IRI of the next page (§5.2)');
  if (first.partOf !== undefined && !isIri(first.partOf) && !isNode(first.partOf)) out.push('first.partOf: MUST refer to the Collection (§5.2)');
  const items = first.items;
  if (!Array.isArray(items) || items.length === 0) {
    out.push('first.items: a Page MUST have an array of 1 or more Annotations (§5.2)');
    return out;
  }
  if (first.next === undefined && items.length !== total) out.push(`total: says ${total}, the only page holds ${items.length}`);
  items.forEach((item, i) => out.push(...checkAnnotation(item, `first.items[${i}]`, true)));
  checkKeys(document, '(collection)', out);
  return out;
}
