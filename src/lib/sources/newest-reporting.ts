/**
 * The site's newest-reporting date: the latest `published` date among the sources
 * it uses. Pages that judge time-bound statements (the promise tracker) measure
 * against this date, never against the build machine's clock, so the same content
 * always builds the same pages.
 */
import type { Source } from '../../schemas/source.ts';
import { latestDate } from '../format.ts';

export function newestReportingDate(sources: readonly Pick<Source, 'published'>[]): string {
	const newest = latestDate(sources.map((s) => s.published));
	if (!newest) throw new Error('newestReportingDate: no sources, so there is no reference date');
	return newest;
}
