/** JSON parsing that remembers where each value was, so import errors can say line:col. */
import { findNodeAtLocation, Node, ParseError, parseTree, printParseErrorCode } from 'jsonc-parser';
import { LocatedError, Locator } from './located';

export type JsonPath = (string | number)[];

export interface LocatedJson {
  value: unknown;
  /** The place of the value at `path`, or of its nearest existing parent. */
  at(path: JsonPath, message: string): LocatedError;
}

const PARSE_MESSAGES: Record<string, string> = {
  InvalidSymbol: 'unexpected character',
  ValueExpected: 'value expected',
  PropertyNameExpected: 'property name expected',
  ColonExpected: "':' expected",
  CommaExpected: "',' expected",
  CloseBraceExpected: "'}' expected (is the file cut short?)",
  CloseBracketExpected: "']' expected (is the file cut short?)",
  EndOfFileExpected: 'text after the end of the JSON value',
  UnexpectedEndOfString: 'string not closed (is the file cut short?)',
  UnexpectedEndOfNumber: 'number cut short',
  InvalidCommentToken: 'comments are not allowed here',
  InvalidCharacter: 'control character in a string',
};

/**
 * Parses strict JSON (no comments, no trailing commas). `lineOffset` shifts reported lines, for one
 * line of a JSON Lines file.
 */
export function parseLocatedJson(text: string, fileName: string, maxErrors = 20): { json: LocatedJson } | { errors: LocatedError[] } {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const loc = new Locator(fileName, body);
  const nul = body.indexOf('\u0000');
  if (nul >= 0) return { errors: [loc.at(nul, 'binary data (NUL character); expected JSON')] };
  const parseErrors: ParseError[] = [];
  const root = parseTree(body, parseErrors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  if (parseErrors.length || !root) {
    // After the first syntax error the rest are mostly its echoes: report the first only.
    const errors = parseErrors.slice(0, Math.min(1, maxErrors)).map((e) => {
      const code = printParseErrorCode(e.error);
      return loc.at(e.offset, `invalid JSON: ${PARSE_MESSAGES[code] ?? code}`);
    });
    return { errors: errors.length ? errors : [loc.at(0, 'empty file; expected JSON')] };
  }
  return {
    json: {
      // JSON.parse rather than the tree's values: plain objects, not null-prototype ones.
      value: JSON.parse(body) as unknown,
      at(path, message) {
        for (let p = path; ; p = p.slice(0, -1)) {
          const node = findNodeAtLocation(root, p);
          if (node) return loc.at(keyOffset(node), message);
          if (p.length === 0) return loc.at(0, message);
        }
      },
    },
  };
}

/** A property is found by its key; an object's value often starts a line after it. */
function keyOffset(node: Node): number {
  return node.parent?.type === 'property' && node.parent.children?.[0] ? node.parent.children[0].offset : node.offset;
}

export function pathText(path: JsonPath): string {
  return path.reduce<string>((s, p) => (typeof p === 'number' ? `${s}[${p}]` : s ? `${s}.${p}` : p), '') || 'top level';
}
