/**
 * A reader's query in the site's own spelling. The English prose is British (docs/en-style.md): a reader
 * who types "data center" must still find the pages that say "data centre", and Pagefind matches words as
 * written (its stemmer does not join the two spellings). Quotations keep their American spelling, so a
 * page is found by the words around them.
 */
const HOUSE_SPELLING: ReadonlyArray<readonly [RegExp, string]> = [
	[/\bcenter(s?)\b/gi, 'centre'],
	[/\bcolor(s?)\b/gi, 'colour'],
];

/** The British word in the case the reader typed it: "Center" → "Centre", "CENTER" → "CENTRE". */
function inCaseOf(typed: string, british: string): string {
	if (typed === typed.toUpperCase()) return british.toUpperCase();
	return typed[0] === typed[0]!.toUpperCase() ? british[0]!.toUpperCase() + british.slice(1) : british;
}

export function houseSpelling(query: string): string {
	return HOUSE_SPELLING.reduce((text, [pattern, british]) => text.replace(pattern, (typed, plural: string) => inCaseOf(typed, british) + plural), query);
}
