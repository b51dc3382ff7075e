/** Where the updates page and its entries live: the feeds, freshness lines and footer link here. */
import type { Lang } from '../../schemas/common.ts';
import { localizedPath } from '../urls.ts';

export const updatesPath = (lang: Lang) => localizedPath(lang, 'updates/');

/** The element id of a changelog entry on the updates page. */
export const updateAnchor = (entryId: string) => `update-${entryId}`;
