/**
 * The timeline's events as readers see them everywhere (the timeline page, the
 * home page's latest developments, the downloads): the dated events of
 * content/timeline plus the promise deadlines that moved, oldest first.
 */
import type { ValidContent } from '../../content-model/index.ts';
import { sortEvents } from '../ledger/verdicts.ts';
import { movedDeadlineEvents } from '../promises/timeline.ts';

export const timelineEvents = (content: Pick<ValidContent, 'timeline' | 'promises' | 'sites'>) =>
	sortEvents([...content.timeline, ...movedDeadlineEvents(content.promises, content.sites)]);
