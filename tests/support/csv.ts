/**
 * A strict RFC 4180 reader for the built downloads: CRLF rows, quoted fields
 * with doubled quotes. Throws on what a spreadsheet would misread (a quote
 * inside an unquoted field, an unterminated quote, a row not ended by CRLF).
 */
export function parseCsvStrict(text: string): string[][] {
	const rows: string[][] = [];
	let row: string[] = [];
	let field = '';
	let quoted = false;
	let fieldStarted = false;
	for (let i = 0; i < text.length; i += 1) {
		const c = text[i]!;
		if (quoted) {
			if (c === '"' && text[i + 1] === '"') (field += '"'), (i += 1);
			else if (c === '"') {
				quoted = false;
				if (![',', '\r', undefined].includes(text[i + 1])) throw new Error(`text after a closing quote at ${i}`);
			} else field += c;
		} else if (c === '"') {
			if (fieldStarted) throw new Error(`quote inside an unquoted field at ${i}`);
			quoted = true;
			fieldStarted = true;
		} else if (c === ',') row.push(field), (field = ''), (fieldStarted = false);
		else if (c === '\r' && text[i + 1] === '\n') {
			row.push(field), rows.push(row), (row = []), (field = ''), (fieldStarted = false), (i += 1);
		} else if (c === '\n' || c === '\r') throw new Error(`bare line break outside quotes at ${i}`);
		else (field += c), (fieldStarted = true);
	}
	if (quoted) throw new Error('unterminated quoted field');
	if (field !== '' || row.length > 0) throw new Error('last row does not end with CRLF');
	return rows;
}
