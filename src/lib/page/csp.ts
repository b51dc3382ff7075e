/**
 * A page's CSP `<meta>` allows exactly the inline code on that page. Astro lists a hash for every
 * script and stylesheet of the whole site on every page; after the build changes the inline code
 * (pruned styles, module scripts made inert), those lists allow code the page does not have and cost
 * bytes that do not compress (each hash is ~50 random characters, sent in the `<meta>` and again in
 * the page's CSP header).
 */
import { createHash } from 'node:crypto';

/** The CSP source expression of an inline style or script. */
export const cspHash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

/** The text of every inline script the browser runs: no `src`, and no data type (JSON, text/plain blocks). */
export function executableInlineScripts(html: string): string[] {
	const out: string[] = [];
	for (const [, attributes, text] of html.matchAll(/<script(\s[^>]*)?>([\s\S]*?)<\/script>/g)) {
		const attrs = attributes ?? '';
		if (/\ssrc=/.test(attrs)) continue;
		const type = /\stype="([^"]*)"/.exec(attrs)?.[1];
		if (type === undefined || /^(module|text\/javascript)$/i.test(type)) out.push(text!);
	}
	return out;
}

/**
 * The page with `directive` of its CSP `<meta>` allowing exactly `hashes` besides its keyword and host
 * sources ('self', 'wasm-unsafe-eval'). Throws if there is code to allow but no such directive.
 */
export function setCspHashes(html: string, directive: 'script-src' | 'style-src', hashes: readonly string[]): string {
	const meta = new RegExp(`(<meta http-equiv="content-security-policy" content="[^"]*?${directive})((?: [^;" ]+)*)`);
	const match = meta.exec(html);
	if (!match) {
		if (hashes.length === 0) return html;
		throw new Error(`setCspHashes: the page has inline code but no CSP ${directive} in its <meta> to allow it`);
	}
	const kept = match[2]!.split(' ').filter((source) => source && !source.startsWith("'sha256-"));
	const sources = [...kept, ...new Set(hashes)];
	return html.replace(meta, `$1${sources.map((s) => ` ${s}`).join('')}`);
}

/** The page's CSP `<meta>` allows exactly the inline scripts it runs (after deferModuleScripts, the bootstrap alone). */
export const allowOwnInlineScripts = (html: string) => setCspHashes(html, 'script-src', executableInlineScripts(html).map(cspHash));
