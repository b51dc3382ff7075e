import { expect, test } from 'vitest';
import { isKnownUpstreamWarning } from '../../src/integrations/known-warnings.ts';

const upstream = 'The semantics of the module level directive "use astro:head-inject" in "content/articles/en/sites.mdx?astroPropagatedAssets" may not be preserved when bundling.';

test('only the upstream MDX directive warning (withastro/astro#18087) is filtered', () => {
	expect(isKnownUpstreamWarning({ code: 'MODULE_LEVEL_DIRECTIVE', message: upstream })).toBe(true);
	// The same code for any other directive still shows, and so does any other warning.
	expect(isKnownUpstreamWarning({ code: 'MODULE_LEVEL_DIRECTIVE', message: 'Module level directives cause errors when bundled, "use client" in "x.js" was ignored.' })).toBe(false);
	expect(isKnownUpstreamWarning({ code: 'CIRCULAR_DEPENDENCY', message: upstream })).toBe(false);
});
