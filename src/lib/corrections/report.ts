/**
 * A prefilled correction report: the link behind "Suggest a correction". It
 * names the page (absolute URL with the section or figure fragment), the part
 * of the page and the language, so a report can be acted on without a reply.
 */

export interface CorrectionTarget {
	/** Absolute URL of the page, without fragment. */
	pageUrl: string;
	pageTitle: string;
	kind: 'section' | 'figure' | 'page';
	/** The section's or figure's element id (empty for a whole page). */
	id: string;
	/** Its visible title. */
	title: string;
	/** The page's language, written so both the reader and the maintainers recognise it, e.g. "English (en)". */
	language: string;
}

export interface CorrectionLabels {
	/** Subject line, with `{title}` for the section or figure (or page) title. */
	subject: string;
	/** Field names in the page's language. */
	page: string;
	section: string;
	figure: string;
	language: string;
	/** Prompts the reader fills in, one per line. */
	prompts: string[];
}

/** The report's subject and body text. */
export function correctionReport(target: CorrectionTarget, labels: CorrectionLabels): { title: string; body: string } {
	const url = target.id ? `${target.pageUrl}#${target.id}` : target.pageUrl;
	const title = labels.subject.replace('{title}', target.kind === 'page' ? target.pageTitle : `${target.pageTitle} › ${target.title}`);
	const body = [
		`${labels.page}: ${target.pageTitle}`,
		`URL: ${url}`,
		...(target.kind === 'page' ? [] : [`${target.kind === 'figure' ? labels.figure : labels.section}: ${target.title} (#${target.id})`]),
		`${labels.language}: ${target.language}`,
		'',
		...labels.prompts.flatMap((prompt) => [prompt, '', '']),
	].join('\n');
	return { title, body };
}

/**
 * Percent-encodes only what a URL query value cannot carry as written: ASCII controls, the space and
 * the characters that would end or split a field: " # % & + < = > ? \\ ^ ` { | }. Everything else stays
 * as written, Chinese included: the browser's URL parser encodes it as UTF-8 when the link is followed,
 * so the mail client receives the same text, while the HTML carries a third of the bytes (the twelve
 * correction links of a Chinese article cost ~1.3 KB gzip more when fully encoded; issue 14).
 */
export function encodeQueryValue(text: string): string {
	return text.replace(/[\u0000-\u0020"#%&+<=>?\\^`{|}\u007f]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

/** The link for a destination: a `mailto:` address, or a URL template with `{title}` and `{body}`. */
export function correctionHref(destination: string, report: { title: string; body: string }): string {
	if (destination.startsWith('mailto:')) {
		const [address = ''] = destination.slice('mailto:'.length).split('?');
		return `mailto:${address}?subject=${encodeQueryValue(report.title)}&body=${encodeQueryValue(report.body)}`;
	}
	return destination.replace('{title}', encodeQueryValue(report.title)).replace('{body}', encodeQueryValue(report.body));
}
