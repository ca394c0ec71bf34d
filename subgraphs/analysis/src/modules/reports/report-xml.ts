import { XMLParser, XMLValidator, type EntityDecoderOptions } from 'fast-xml-parser';
import { ReportError } from './report-error.js';
import { describeShape, textShape } from './report-input.js';

/** An element as fast-xml-parser returns it: attributes under `@_name`, text under `#text`, children by name. */
export type XmlNode = Record<string, unknown>;

/** Deeper than any JUnit or Cobertura report, and far below what could hurt the parser. */
const MAX_NESTING = 64;

const PREDEFINED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/**
 * Decodes XML's five predefined entities and character references only. Entities declared in a
 * DOCTYPE are never expanded (they stay as literal `&name;`), which is what defeats "billion laughs"
 * and external-entity tricks; no report format we read declares entities of its own.
 */
const predefinedEntitiesOnly: EntityDecoderOptions = {
  setExternalEntities: () => undefined,
  addInputEntities: () => undefined,
  reset: () => undefined,
  setXmlVersion: () => undefined,
  decode: (text) =>
    text.includes('&')
      ? text.replace(/&(?:#(\d{1,7})|#x([0-9a-fA-F]{1,6})|([a-z]{2,4}));/g, (match, decimal?: string, hex?: string, name?: string) => {
          if (name !== undefined) return PREDEFINED[name] ?? match;
          const codePoint = decimal !== undefined ? Number(decimal) : Number.parseInt(hex ?? '', 16);
          const valid = codePoint > 0 && codePoint <= 0x10ffff && (codePoint < 0xd800 || codePoint > 0xdfff);
          return valid ? String.fromCodePoint(codePoint) : match;
        })
      : text,
};

/**
 * Parses an XML report safely and returns its root element. `arrayTags` are the element names that
 * may repeat, so that they always come back as arrays whatever their count.
 */
export function parseXmlReport(
  format: string,
  text: string,
  arrayTags: ReadonlySet<string>,
): { rootName: string; root: XmlNode } {
  const shape = textShape(text);
  if (shape !== 'xml') {
    throw new ReportError(format, 'file', `This looks like ${describeShape(shape)}, not a ${format} XML report.`);
  }
  // The parser itself is lenient (it accepts `<a><b></a>`), so well-formedness is checked first,
  // which also gives the line of the first error.
  const validation = XMLValidator.validate(text);
  if (validation !== true) {
    const { line, col, msg } = validation.err;
    throw new ReportError(format, `line ${line}`, `The XML is not well-formed at line ${line}, column ${col}: ${msg}`);
  }
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@_',
    parseTagValue: false,
    parseAttributeValue: false,
    processEntities: true,
    entityDecoder: predefinedEntitiesOnly,
    ignoreDeclaration: true,
    ignorePiTags: true,
    alwaysCreateTextNode: true,
    maxNestedTags: MAX_NESTING,
    isArray: (name, _path, _isLeaf, isAttribute) => !isAttribute && arrayTags.has(name),
  });
  let document: XmlNode;
  try {
    document = parser.parse(text) as XmlNode;
  } catch (error) {
    const message = error instanceof Error ? error.message : '';
    if (/nested tags/i.test(message)) {
      throw new ReportError(format, 'file', `The XML nests elements more than ${MAX_NESTING} levels deep; a ${format} report never does.`);
    }
    if (/external entit/i.test(message)) {
      throw new ReportError(format, 'file', 'The XML declares an external entity; reports may not refer to other files or URLs.');
    }
    if (/doctype|entit/i.test(message)) {
      throw new ReportError(format, 'file', 'The XML has a DOCTYPE declaration that cannot be read.');
    }
    throw new ReportError(format, 'file', 'The XML could not be read: it uses element or attribute names this reader does not accept.');
  }
  const rootName = Object.keys(document).find((key) => !key.startsWith('?') && !key.startsWith('!'));
  const root = rootName === undefined ? undefined : asNode(document[rootName]);
  if (rootName === undefined || root === undefined) {
    throw new ReportError(format, 'file', 'The XML has no root element.');
  }
  return { rootName, root };
}

/** The node, or undefined when the value is not an element object. */
function asNode(value: unknown): XmlNode | undefined {
  if (Array.isArray(value)) return asNode(value[0]);
  if (typeof value === 'object' && value !== null) return value as XmlNode;
  // An empty element without attributes comes back as '' even with alwaysCreateTextNode.
  if (typeof value === 'string') return { '#text': value };
  return undefined;
}

/** The child elements named `name`, in document order. */
export function childElements(node: XmlNode, name: string): XmlNode[] {
  const value = node[name];
  if (value === undefined) return [];
  const list = Array.isArray(value) ? value : [value];
  return list.map((item) => asNode(item) ?? {});
}

/** An attribute's value, or undefined when absent. */
export function attribute(node: XmlNode, name: string): string | undefined {
  const value = node[`@_${name}`];
  return typeof value === 'string' ? value : undefined;
}

/** The element's own text (CDATA included), or ''. */
export function elementText(node: XmlNode): string {
  const value = node['#text'];
  return typeof value === 'string' ? value : '';
}
