/**
 * A small YAML reader for the YAML that API specs are written in: block mappings and sequences,
 * flow collections, plain, quoted and block scalars, comments, anchors, aliases and merge keys,
 * with the YAML 1.2 core schema for plain scalars (null, booleans, integers, floats; dates stay
 * text, as JSON has no dates). Explicit `?` keys, several documents in one text and custom tags
 * are refused with the line and column where they appear. Verified community nodes may not
 * bring a YAML library, and this is all a spec needs; test/unit/openApiServiceYaml.test.ts
 * compares it with js-yaml on real specs.
 */

export class YamlError extends Error {
	constructor(
		readonly reason: string,
		readonly line: number,
		readonly column: number,
	) {
		super(`YAML error at line ${line}, column ${column}: ${reason}`);
	}
}

type YamlMap = Record<string, unknown>;

const FLOW_INDICATORS = ',[]{}';
const NULLS = new Set(['~', 'null', 'Null', 'NULL']);
const TRUES = new Set(['true', 'True', 'TRUE']);
const FALSES = new Set(['false', 'False', 'FALSE']);
const DECIMAL = /^[-+]?[0-9]+$/;
const PREFIXED_INT = /^[-+]?0(b[01]+|o[0-7]+|x[0-9a-fA-F]+)$/;
const FLOAT = /^(?:[-+]?[0-9]+(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?|\.[0-9]+(?:[eE][-+]?[0-9]+)?)$/;
const INFINITY = /^[-+]?\.(?:inf|Inf|INF)$/;
const NAN = /^\.(?:nan|NaN|NAN)$/;

function prefixedInt(text: string): number {
	const sign = text.startsWith('-') ? -1 : 1;
	const digits = text.replace(/^[-+]?0/, '');
	const radix = { b: 2, o: 8, x: 16 }[digits[0] as 'b' | 'o' | 'x'];
	return sign * parseInt(digits.slice(1), radix);
}

/** What a plain (unquoted) scalar means under the core schema. */
export function resolvePlain(text: string): unknown {
	if (text === '' || NULLS.has(text)) return null;
	if (TRUES.has(text)) return true;
	if (FALSES.has(text)) return false;
	if (DECIMAL.test(text)) return parseInt(text, 10);
	if (PREFIXED_INT.test(text)) return prefixedInt(text);
	if (FLOAT.test(text)) return parseFloat(text);
	if (INFINITY.test(text)) return text.startsWith('-') ? -Infinity : Infinity;
	if (NAN.test(text)) return NaN;
	return text;
}

const ESCAPES: Record<string, string> = {
	'0': '\0',
	a: '\x07',
	b: '\b',
	t: '\t',
	'\t': '\t',
	n: '\n',
	v: '\v',
	f: '\f',
	r: '\r',
	e: '\x1b',
	' ': ' ',
	'"': '"',
	'/': '/',
	'\\': '\\',
	N: '\u0085',
	_: '\u00a0',
	L: '\u2028',
	P: '\u2029',
};

const HEX_ESCAPES: Record<string, number> = { x: 2, u: 4, U: 8 };

interface Properties {
	anchor?: string;
	tag?: string;
	/** Where the properties began, for errors about them. */
	at: number;
}

/** A plain scalar with its text, so a tag such as !!str can read it unresolved. */
class Plain {
	constructor(readonly text: string) {}
}

class Parser {
	private pos = 0;
	private lineStart = 0;
	private readonly anchors = new Map<string, unknown>();

	constructor(private readonly src: string) {}

	parse(): unknown {
		this.skipBlank();
		while (this.src[this.pos] === '%' && this.column() === 0) {
			this.skipLine();
			this.skipBlank();
		}
		if (this.atMarker('---')) {
			this.pos += 3;
		}
		const value = this.finish(this.valueNode(-1, true));
		this.skipBlank();
		if (this.atMarker('...')) {
			this.pos += 3;
			this.skipBlank();
		}
		if (this.pos < this.src.length) {
			if (this.atMarker('---')) this.fail('a second document begins here; give one document');
			this.fail('unexpected content after the end of the document');
		}
		return value;
	}

	private fail(reason: string, at = this.pos): never {
		const before = this.src.slice(0, at);
		const line = before.split('\n').length;
		const column = at - (before.lastIndexOf('\n') + 1) + 1;
		throw new YamlError(reason, line, column);
	}

	private column(): number {
		return this.pos - this.lineStart;
	}

	private cur(): string | undefined {
		return this.src[this.pos];
	}

	private isBlankAt(index: number): boolean {
		const c = this.src[index];
		return c === undefined || c === ' ' || c === '\t' || c === '\n';
	}

	/** `---` or `...` alone at the start of a line. */
	private atMarker(marker: string): boolean {
		return (
			this.column() === 0 &&
			this.src.startsWith(marker, this.pos) &&
			this.isBlankAt(this.pos + marker.length)
		);
	}

	private newline(): void {
		this.pos++;
		this.lineStart = this.pos;
	}

	private skipSpaces(): void {
		while (this.cur() === ' ' || this.cur() === '\t') this.pos++;
	}

	private skipLine(): void {
		while (this.cur() !== undefined && this.cur() !== '\n') this.pos++;
	}

	/** Spaces, comments and line breaks, up to the next content (or the end). */
	private skipBlank(): void {
		for (;;) {
			this.skipSpaces();
			if (this.cur() === '#') this.skipLine();
			if (this.cur() !== '\n') return;
			this.newline();
		}
	}

	/** After a value on its line: only spaces and a comment may follow. */
	private atLineEnd(): boolean {
		this.skipSpaces();
		if (this.cur() === '#') this.skipLine();
		return this.cur() === undefined || this.cur() === '\n';
	}

	private checkIndentation(): void {
		// Tabs may separate tokens but never indent.
		const text = this.src.slice(this.lineStart, this.pos);
		if (text.includes('\t')) this.fail('tabs must not be used for indentation', this.lineStart);
	}

	/** Anchor and tag in front of a node, on the same line. */
	private properties(): Properties {
		const props: Properties = { at: this.pos };
		for (;;) {
			if (this.cur() === '&' && props.anchor === undefined) {
				props.anchor = this.name(1);
			} else if (this.cur() === '!' && props.tag === undefined) {
				props.tag = this.name(0);
			} else {
				return props;
			}
			this.skipSpaces();
		}
	}

	/** The name of an anchor, alias or tag, from `skip` characters past its indicator. */
	private name(skip: number): string {
		const start = this.pos;
		this.pos += skip;
		while (!this.isBlankAt(this.pos) && !FLOW_INDICATORS.includes(this.cur() as string)) this.pos++;
		const text = this.src.slice(start + skip, this.pos);
		if (text === '' && skip > 0) this.fail('an anchor or alias needs a name', start);
		return text;
	}

	private withProperties(props: Properties, value: unknown): unknown {
		let out = value;
		if (props.tag !== undefined) out = this.applyTag(props.tag, out, props.at);
		if (props.anchor !== undefined) this.anchors.set(props.anchor, this.finish(out));
		return out;
	}

	private applyTag(tag: string, value: unknown, at: number): unknown {
		const text = value instanceof Plain ? value.text : value;
		switch (tag) {
			case '!':
			case '!!str':
				if (value instanceof Plain || typeof value === 'string') return String(text);
				return this.fail(`!!str cannot be applied to a collection`, at);
			case '!!map':
			case '!!seq':
				return value;
			case '!!null':
			case '!!bool':
			case '!!int':
			case '!!float': {
				const resolved = typeof text === 'string' ? resolvePlain(text) : text;
				const ok =
					(tag === '!!null' && resolved === null) ||
					(tag === '!!bool' && typeof resolved === 'boolean') ||
					(tag === '!!int' && Number.isInteger(resolved)) ||
					(tag === '!!float' && typeof resolved === 'number');
				if (!ok) this.fail(`"${String(text)}" is not a valid ${tag} value`, at);
				return resolved;
			}
			default:
				return this.fail(`unknown tag ${tag}`, at);
		}
	}

	private finish(value: unknown): unknown {
		return value instanceof Plain ? resolvePlain(value.text) : value;
	}

	/**
	 * The value after `key:` or `- ` (or the whole document): on the same line, or on the lines
	 * below when they are indented deeper than the parent. `entry` is true for sequence entries
	 * and the document, where a block mapping may begin on the same line.
	 */
	private valueNode(parentIndent: number, entry: boolean): unknown {
		this.skipSpaces();
		const props = this.properties();
		if (this.atLineEnd()) {
			this.skipBlank();
			const column = this.column();
			let value: unknown = null;
			if (this.cur() === undefined || this.atMarker('---') || this.atMarker('...')) {
				value = null;
			} else if (column > parentIndent) {
				value = this.blockNodeAt(parentIndent);
			} else if (!entry && column === parentIndent && this.atSequenceEntry()) {
				// `key:` followed by `- item` lines at the key's own indentation.
				value = this.blockSequence(column);
			}
			return this.withProperties(props, value);
		}
		if (this.cur() === '|' || this.cur() === '>') {
			return this.withProperties(props, this.blockScalar(Math.max(parentIndent, 0)));
		}
		if (entry) return this.withProperties(props, this.blockNodeAt(parentIndent));
		const value = this.inlineNode(parentIndent);
		if (this.cur() === ':' && this.isBlankAt(this.pos + 1)) {
			this.fail('a mapping cannot start on the line of another key; put it on the next line');
		}
		return this.withProperties(props, value);
	}

	private atSequenceEntry(): boolean {
		return this.cur() === '-' && this.isBlankAt(this.pos + 1);
	}

	/** A node that begins at the current position, the first content of its line or entry. */
	private blockNodeAt(parentIndent: number): unknown {
		this.checkIndentation();
		const column = this.column();
		if (this.atSequenceEntry()) return this.blockSequence(column);
		if (this.cur() === '?' && this.isBlankAt(this.pos + 1)) {
			this.fail('explicit "?" mapping keys are not supported');
		}
		if (this.cur() === '&' || this.cur() === '!') {
			const props = this.properties();
			if (this.atLineEnd()) return this.withProperties(props, this.valueNode(column - 1, true));
			return this.withProperties(props, this.blockNodeAt(parentIndent));
		}
		if (this.cur() === '|' || this.cur() === '>')
			return this.blockScalar(Math.max(parentIndent, 0));
		if (this.keyEnd() !== -1) return this.blockMapping(column);
		return this.inlineNode(parentIndent);
	}

	/** Where the `:` of an implicit key on this line is, or -1 when the line holds no key. */
	private keyEnd(): number {
		const c = this.cur();
		if (c === undefined || '[{#&*!|>%@`'.includes(c) || this.atSequenceEntry()) return -1;
		let i = this.pos;
		if (c === '"' || c === "'") {
			i++;
			while (i < this.src.length && this.src[i] !== '\n') {
				if (c === '"' && this.src[i] === '\\') i += 2;
				else if (this.src[i] === c && c === "'" && this.src[i + 1] === "'") i += 2;
				else if (this.src[i] === c) break;
				else i++;
			}
			if (this.src[i] !== c) return -1;
			i++;
			while (this.src[i] === ' ' || this.src[i] === '\t') i++;
			return this.src[i] === ':' && this.isBlankAt(i + 1) ? i : -1;
		}
		for (; i < this.src.length && this.src[i] !== '\n'; i++) {
			const x = this.src[i];
			if (x === '#' && (this.src[i - 1] === ' ' || this.src[i - 1] === '\t')) return -1;
			if (x === ':' && this.isBlankAt(i + 1)) return i;
		}
		return -1;
	}

	private blockMapping(indent: number): YamlMap {
		const map: YamlMap = {};
		const own = new Set<string>();
		for (;;) {
			const keyAt = this.pos;
			const key = this.implicitKey();
			const value = this.finish(this.valueNode(indent, false));
			this.setEntry(map, own, key, value, keyAt);
			this.skipBlank();
			if (this.cur() === undefined || this.atMarker('---') || this.atMarker('...')) return map;
			const column = this.column();
			if (column < indent) return map;
			if (column > indent) this.fail('bad indentation of a mapping entry');
			if (this.keyEnd() === -1) {
				if (this.atSequenceEntry()) {
					this.fail('a sequence entry cannot stand at the indentation of the mapping keys here');
				}
				this.fail('expected "key: value" at this indentation');
			}
		}
	}

	private implicitKey(): string {
		let key: string;
		if (this.cur() === '"' || this.cur() === "'") {
			key = this.cur() === '"' ? this.doubleQuoted(-1, true) : this.singleQuoted(-1, true);
			this.skipSpaces();
		} else {
			const end = this.keyEnd();
			const raw = this.src.slice(this.pos, end).trimEnd();
			this.pos = end;
			const resolved = resolvePlain(raw);
			key = raw === '<<' ? raw : String(resolved);
		}
		this.pos++; // the ':'
		return key;
	}

	private setEntry(map: YamlMap, own: Set<string>, key: string, value: unknown, at: number): void {
		if (key === '<<') {
			this.merge(map, value, at);
			return;
		}
		if (own.has(key)) this.fail(`duplicated mapping key "${key}"`, at);
		own.add(key);
		define(map, key, value);
	}

	/** `<<: *base` copies the keys the mapping does not set itself. */
	private merge(map: YamlMap, value: unknown, at: number): void {
		const sources = Array.isArray(value) ? value : [value];
		for (const source of sources) {
			if (source === null || typeof source !== 'object' || Array.isArray(source)) {
				this.fail('a merge key (<<) needs a mapping or a list of mappings', at);
			}
			for (const [key, entry] of Object.entries(source as YamlMap)) {
				if (!Object.prototype.hasOwnProperty.call(map, key)) define(map, key, entry);
			}
		}
	}

	private blockSequence(indent: number): unknown[] {
		const list: unknown[] = [];
		for (;;) {
			this.pos++; // the '-'
			list.push(this.finish(this.valueNode(indent, true)));
			this.skipBlank();
			if (this.cur() === undefined || this.atMarker('---') || this.atMarker('...')) return list;
			const column = this.column();
			if (column < indent) return list;
			if (column > indent) this.fail('bad indentation of a sequence entry');
			// At the same indentation, only a further entry belongs here (a key ends a compact list).
			if (!this.atSequenceEntry()) return list;
		}
	}

	/** A scalar, alias or flow collection that starts on the current line. */
	private inlineNode(parentIndent: number): unknown {
		const c = this.cur();
		if (c === '[' || c === '{') return this.flowCollection();
		if (c === '*') {
			const at = this.pos;
			const name = this.name(1);
			if (!this.anchors.has(name)) this.fail(`unknown alias *${name}`, at);
			return this.anchors.get(name);
		}
		if (c === '"') return this.doubleQuoted(parentIndent, false);
		if (c === "'") return this.singleQuoted(parentIndent, false);
		return this.plain(parentIndent, false);
	}

	/**
	 * At a line break inside a multi-line scalar: the number of breaks up to the next line that
	 * continues it, with the position at that line's content, or 0 (position unchanged) when the
	 * scalar ends here.
	 */
	private continuation(parentIndent: number, flow: boolean): number {
		const save = { pos: this.pos, lineStart: this.lineStart };
		let breaks = 0;
		while (this.cur() === '\n') {
			this.newline();
			breaks++;
			this.skipSpaces();
		}
		const ends =
			this.cur() === undefined ||
			this.cur() === '#' ||
			this.atMarker('---') ||
			this.atMarker('...') ||
			(!flow && this.column() <= parentIndent);
		if (ends) {
			this.pos = save.pos;
			this.lineStart = save.lineStart;
			return 0;
		}
		return breaks;
	}

	private plain(parentIndent: number, flow: boolean): Plain {
		const first = this.cur();
		if (first === undefined || '@`'.includes(first)) this.fail('unexpected character');
		let out = '';
		for (;;) {
			const start = this.pos;
			while (this.cur() !== undefined && this.cur() !== '\n') {
				const c = this.cur() as string;
				const next = this.src[this.pos + 1];
				if (c === ':' && (this.isBlankAt(this.pos + 1) || (flow && FLOW_INDICATORS.includes(next))))
					break;
				if (c === '#' && (this.src[this.pos - 1] === ' ' || this.src[this.pos - 1] === '\t')) break;
				if (flow && FLOW_INDICATORS.includes(c)) break;
				this.pos++;
			}
			out += this.src.slice(start, this.pos).trimEnd();
			if (this.cur() !== '\n') break;
			const breaks = this.continuation(parentIndent, flow);
			if (breaks === 0) break;
			const c = this.cur() as string;
			if (flow && FLOW_INDICATORS.includes(c)) break;
			if (!flow && this.keyEnd() !== -1 && this.column() <= parentIndent + 1) break;
			out += breaks === 1 ? ' ' : '\n'.repeat(breaks - 1);
		}
		// A trailing space before a comment or ':' is not part of the scalar.
		this.pos = this.trimBack(this.pos);
		return new Plain(out);
	}

	private trimBack(index: number): number {
		let i = index;
		while (i > this.lineStart && (this.src[i - 1] === ' ' || this.src[i - 1] === '\t')) i--;
		return i;
	}

	/** Line breaks inside quotes fold like plain ones; spaces around them go. */
	private quotedBreak(out: string, parentIndent: number, flow: boolean, at: number): string {
		const breaks = this.continuation(parentIndent, flow);
		if (breaks === 0) this.fail('unterminated quoted scalar', at);
		return out.replace(/[ \t]+$/, '') + (breaks === 1 ? ' ' : '\n'.repeat(breaks - 1));
	}

	private singleQuoted(parentIndent: number, key: boolean): string {
		const at = this.pos;
		this.pos++;
		let out = '';
		for (;;) {
			const c = this.cur();
			if (c === undefined) this.fail('unterminated quoted scalar', at);
			if (c === "'") {
				if (this.src[this.pos + 1] === "'") {
					out += "'";
					this.pos += 2;
					continue;
				}
				this.pos++;
				return out;
			}
			if (c === '\n') {
				if (key) this.fail('a quoted key must fit on one line', at);
				out = this.quotedBreak(out, parentIndent, true, at);
				continue;
			}
			out += c;
			this.pos++;
		}
	}

	private doubleQuoted(parentIndent: number, key: boolean): string {
		const at = this.pos;
		this.pos++;
		let out = '';
		for (;;) {
			const c = this.cur();
			if (c === undefined) this.fail('unterminated quoted scalar', at);
			if (c === '"') {
				this.pos++;
				return out;
			}
			if (c === '\\') {
				const e = this.src[this.pos + 1];
				if (e === '\n') {
					// An escaped line break joins the lines without a space.
					this.pos++;
					this.newline();
					this.skipSpaces();
					continue;
				}
				if (e !== undefined && e in ESCAPES) {
					out += ESCAPES[e];
					this.pos += 2;
					continue;
				}
				if (e !== undefined && e in HEX_ESCAPES) {
					const digits = this.src.slice(this.pos + 2, this.pos + 2 + HEX_ESCAPES[e]);
					if (!/^[0-9a-fA-F]+$/.test(digits) || digits.length !== HEX_ESCAPES[e]) {
						this.fail(`invalid escape \\${e}${digits}`);
					}
					out += String.fromCodePoint(parseInt(digits, 16));
					this.pos += 2 + digits.length;
					continue;
				}
				this.fail(`unknown escape sequence \\${e ?? ''}`);
			}
			if (c === '\n') {
				if (key) this.fail('a quoted key must fit on one line', at);
				out = this.quotedBreak(out, parentIndent, true, at);
				continue;
			}
			out += c;
			this.pos++;
		}
	}

	/** `|` literal or `>` folded text, indented deeper than the parent. */
	private blockScalar(parentIndent: number): string {
		const folded = this.cur() === '>';
		this.pos++;
		let chomping: 'clip' | 'strip' | 'keep' = 'clip';
		let explicit = 0;
		for (let i = 0; i < 2; i++) {
			const c = this.cur();
			if (c === '-' || c === '+') chomping = c === '-' ? 'strip' : 'keep';
			else if (c !== undefined && c >= '1' && c <= '9') explicit = Number(c);
			else break;
			this.pos++;
		}
		if (!this.atLineEnd()) this.fail('only a comment may follow a block scalar indicator');
		let textIndent = explicit > 0 ? parentIndent + explicit : 0;
		let detected = explicit > 0;
		let out = '';
		let emptyLines = 0;
		let didRead = false;
		let moreIndented = false;
		while (this.cur() === '\n') {
			this.newline();
			let indent = 0;
			while (this.cur() === ' ' && (!detected || indent < textIndent)) {
				indent++;
				this.pos++;
			}
			if (this.cur() === undefined) break;
			if (this.cur() === '\n') {
				emptyLines++;
				continue;
			}
			if (!detected) {
				if (indent <= parentIndent) {
					this.pos = this.lineStart;
					break;
				}
				textIndent = indent;
				detected = true;
			} else if (indent < textIndent) {
				this.pos = this.lineStart;
				break;
			}
			const isMore = this.cur() === ' ' || this.cur() === '\t';
			if (!folded) {
				out += '\n'.repeat(didRead ? 1 + emptyLines : emptyLines);
			} else if (isMore) {
				moreIndented = true;
				out += '\n'.repeat(didRead ? 1 + emptyLines : emptyLines);
			} else if (moreIndented) {
				moreIndented = false;
				out += '\n'.repeat(emptyLines + 1);
			} else if (emptyLines === 0) {
				if (didRead) out += ' ';
			} else {
				out += '\n'.repeat(emptyLines);
			}
			const start = this.pos;
			this.skipLine();
			out += this.src.slice(start, this.pos);
			didRead = true;
			emptyLines = 0;
		}
		if (chomping === 'keep') out += '\n'.repeat(didRead ? 1 + emptyLines : emptyLines);
		else if (chomping === 'clip' && didRead) out += '\n';
		return out;
	}

	private skipFlowSpace(): void {
		for (;;) {
			this.skipSpaces();
			if (this.cur() === '#') this.skipLine();
			if (this.cur() !== '\n') return;
			this.newline();
		}
	}

	private flowCollection(): unknown {
		const at = this.pos;
		const isMap = this.cur() === '{';
		const close = isMap ? '}' : ']';
		this.pos++;
		const map: YamlMap = {};
		const own = new Set<string>();
		const list: unknown[] = [];
		for (;;) {
			this.skipFlowSpace();
			if (this.cur() === undefined) this.fail(`unclosed "${isMap ? '{' : '['}"`, at);
			if (this.cur() === close) {
				this.pos++;
				return isMap ? map : list;
			}
			const entryAt = this.pos;
			const quoted = this.cur() === '"' || this.cur() === "'";
			const first = this.finish(this.flowNode());
			this.skipFlowSpace();
			let value: unknown = undefined;
			// JSON-like keys (quoted) may be followed by ':' directly.
			if (
				this.cur() === ':' &&
				(quoted || this.isBlankAt(this.pos + 1) || FLOW_INDICATORS.includes(this.src[this.pos + 1]))
			) {
				this.pos++;
				this.skipFlowSpace();
				value = this.cur() === ',' || this.cur() === close ? null : this.finish(this.flowNode());
				this.skipFlowSpace();
			}
			if (isMap) {
				if (first !== null && typeof first === 'object')
					this.fail('a flow mapping key must be a scalar', entryAt);
				this.setEntry(map, own, String(first), value === undefined ? null : value, entryAt);
			} else {
				list.push(value === undefined ? first : { [String(first)]: value });
			}
			if (this.cur() === ',') this.pos++;
			else if (this.cur() === undefined) this.fail(`unclosed "${isMap ? '{' : '['}"`, at);
			else if (this.cur() !== close) this.fail(`expected "," or "${close}"`);
		}
	}

	private flowNode(): unknown {
		const props = this.properties();
		this.skipFlowSpace();
		const c = this.cur();
		let value: unknown;
		if (c === '[' || c === '{') value = this.flowCollection();
		else if (c === '"') value = this.doubleQuoted(-1, false);
		else if (c === "'") value = this.singleQuoted(-1, false);
		else if (c === '*') value = this.inlineNode(-1);
		else if (c === ',' || c === ']' || c === '}') value = null;
		else value = this.plain(-1, true);
		return this.withProperties(props, value);
	}
}

/** Sets a key as an own property, so "__proto__" in a document cannot reach the prototype. */
function define(map: YamlMap, key: string, value: unknown): void {
	Object.defineProperty(map, key, { value, enumerable: true, writable: true, configurable: true });
}

/** Parses one YAML document; throws a YamlError naming the line and column of the problem. */
export function parseYaml(text: string): unknown {
	const src = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
	return new Parser(src).parse();
}
