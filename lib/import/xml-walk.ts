// A single pass over an XML part of a workbook, before any XML parser sees it: every byte is
// looked at a bounded number of times (indexOf to the next "<", then one quote-aware scan to
// the end of the tag), and nothing is built but the one tag being looked at. This is what
// lets the import judge a sheet's shape before exceljs builds it, however hostile the text.

/** Deeper than any part Excel writes (a rich-text cell is about 7 levels). */
export const MAX_XML_DEPTH = 64;

export type XmlProblem = "declarations" | "tooDeep" | "malformed";

export class XmlRefused extends Error {
  constructor(readonly problem: XmlProblem) {
    super(problem);
  }
}

export type XmlVisitor = {
  /** A start (or empty-element) tag: its local name (no prefix) and the text of its attributes. */
  open?: (name: string, attributes: string, selfClosing: boolean) => void;
  close?: (name: string) => void;
  /** A run of character data between tags, as `xml.slice(start, end)` (entities not decoded). */
  text?: (xml: string, start: number, end: number) => void;
};

const LT = 60;
const GT = 62;
const QUOTE = 34;
const APOSTROPHE = 39;
const SLASH = 47;

/** Where the tag opened at `lt` ends (its ">"), skipping ">" inside quoted attribute values. */
function tagEnd(xml: string, lt: number): number {
  let quote = 0;
  for (let i = lt + 1; i < xml.length; i++) {
    const c = xml.charCodeAt(i);
    if (quote) {
      if (c === quote) quote = 0;
    } else if (c === QUOTE || c === APOSTROPHE) quote = c;
    else if (c === GT) return i;
    else if (c === LT) break;
  }
  throw new XmlRefused("malformed");
}

const localName = (qualified: string) => qualified.slice(qualified.indexOf(":") + 1);

function after(xml: string, from: number, terminator: string): number {
  const end = xml.indexOf(terminator, from);
  if (end === -1) throw new XmlRefused("malformed");
  return end + terminator.length;
}

/**
 * Walks `xml` once, calling the visitor for each tag and text run. Refuses a DOCTYPE (and so
 * any entity declaration: the billion laughs), nesting deeper than MAX_XML_DEPTH, and text
 * that is not XML at all.
 */
export function walkXml(xml: string, visitor: XmlVisitor): void {
  let depth = 0;
  let at = 0;
  while (at < xml.length) {
    const lt = xml.indexOf("<", at);
    const textEnd = lt === -1 ? xml.length : lt;
    if (textEnd > at) visitor.text?.(xml, at, textEnd);
    if (lt === -1) break;
    if (xml.startsWith("<!--", lt)) at = after(xml, lt + 4, "-->");
    else if (xml.startsWith("<![CDATA[", lt)) {
      const end = after(xml, lt + 9, "]]>");
      visitor.text?.(xml, lt + 9, end - 3);
      at = end;
    } else if (xml.charCodeAt(lt + 1) === 33 /* "!": DOCTYPE, ENTITY, ELEMENT… */) throw new XmlRefused("declarations");
    else if (xml.charCodeAt(lt + 1) === 63 /* "?" */) at = after(xml, lt + 2, "?>");
    else {
      const end = tagEnd(xml, lt);
      at = end + 1;
      if (xml.charCodeAt(lt + 1) === SLASH) {
        depth--;
        visitor.close?.(localName(xml.slice(lt + 2, end).trim()));
        continue;
      }
      const selfClosing = xml.charCodeAt(end - 1) === SLASH;
      const body = xml.slice(lt + 1, selfClosing ? end - 1 : end);
      const space = body.search(/[\s]/);
      const name = localName(space === -1 ? body : body.slice(0, space));
      visitor.open?.(name, space === -1 ? "" : body.slice(space), selfClosing);
      if (selfClosing) visitor.close?.(name);
      else if (++depth > MAX_XML_DEPTH) throw new XmlRefused("tooDeep");
    }
  }
}

/** The value of one attribute in a tag's attribute text (no prefix), or null. */
const patterns = new Map<string, RegExp>();
export function attribute(attributes: string, name: string): string | null {
  let pattern = patterns.get(name);
  if (!pattern)
    patterns.set(name, (pattern = new RegExp(`(?:^|\\s)(?:[\\w.-]+:)?${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`)));
  const match = pattern.exec(attributes);
  return match ? (match[1] ?? match[2] ?? "") : null;
}

/** The length of character data once its entities (&amp;, &#12354;) are read as one character each. */
export function decodedLength(xml: string, start: number, end: number): number {
  let length = end - start;
  for (let amp = xml.indexOf("&", start); amp !== -1 && amp < end; amp = xml.indexOf("&", amp + 1)) {
    // Looked for within the longest entity only, so that "&&&&…" costs no more than its length.
    const semicolon = xml.slice(amp, Math.min(end, amp + 13)).indexOf(";");
    if (semicolon > 0) length -= semicolon;
  }
  return length;
}
