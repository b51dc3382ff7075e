/**
 * The Content-Security-Policy directives besides script-src and style-src
 * (Astro adds those with a hash for every script and style it emits).
 * The same list feeds the `<meta>` tag and the `_headers` file for CDNs.
 */
export const CSP_DIRECTIVES = [
	"default-src 'self'",
	"img-src 'self' data:",
	"font-src 'self'",
	"connect-src 'self'",
	"object-src 'none'",
	"base-uri 'self'",
	"form-action 'none'",
] as const satisfies readonly `${string} ${string}`[];
