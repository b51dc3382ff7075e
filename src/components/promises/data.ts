/**
 * The promises with their computed states, shared by the tracker, the home page,
 * the timeline and the MDX components, so every page counts the same way.
 * The reference date is the site's newest reporting, never the build clock.
 */
import { loadContent } from '../../content-model/index.ts';
import { newestReportingDate } from '../../lib/sources/newest-reporting.ts';
import { summarize, trackPromises, type PromiseSummary, type TrackedPromise } from '../../lib/promises/tracker.ts';

export interface PromiseData {
	reference: string;
	tracked: TrackedPromise[];
	summary: PromiseSummary;
}

export function promiseData(): PromiseData {
	const content = loadContent();
	const reference = newestReportingDate(content.sources);
	const tracked = trackPromises(content.promises, reference);
	return { reference, tracked, summary: summarize(tracked) };
}
