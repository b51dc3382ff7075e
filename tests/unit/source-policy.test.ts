/** The policy checker on planted records: every rule must be able to fail. */
import { describe, expect, it } from 'vitest';
import { checkRecord, checkSources, urlKey } from '../../src/lib/sources/policy.ts';

const good = { id: 'reuters-2025-01-01-x', publisher: 'Reuters', url: 'https://www.reuters.com/technology/x-2025-01-01/' };
const rules = (r: Parameters<typeof checkRecord>[0]) => checkRecord(r).map((p) => p.rule);

describe('checkRecord', () => {
	it('passes a publisher’s own https page', () => {
		expect(checkRecord(good)).toEqual([]);
	});
	it('passes a marked copy with its original', () => {
		expect(checkRecord({ ...good, url: 'https://www.brecorder.com/news/1', via: 'Business Recorder', originalUrl: good.url })).toEqual([]);
	});
	it('fails http', () => {
		expect(rules({ ...good, url: 'http://www.reuters.com/x' })).toContain('https');
		expect(rules({ ...good, archiveUrl: 'http://archive.org/x' })).toContain('https');
	});
	it.each([
		['https://niepodam.pl/viewer.php?id=99579184', 'disposable viewer'],
		['https://stargate-copy.example.workers.dev/a', 'workers.dev'],
		['https://news.abc.cloudns.net/a', 'cloudns'],
		['https://qaw.swe4r5t67xx.cloudns.biz/news/search?q=stargate', 'cloudns on another zone'],
		['https://grokipedia.com/page/Stargate', 'machine-written wiki'],
		['https://aiwiki.ai/wiki/stargate_argentina/raw', 'machine-written wiki'],
		['https://longform.social/post/did:plc:x/3m', 'social repost'],
	])('fails a banned host: %s (%s)', (url) => {
		expect(rules({ id: 'x', publisher: 'Some Outlet', url })).toContain('banned-host');
	});
	it.each([
		['https://www.uknewsheadlines.net/tag/chatgpt-maker-openai', 'tag page'],
		['https://rtowww.com?tax=taxonomies.post_tag&term=Western+Resource+Advocates', 'tag listing'],
		['https://news.example.com/search?q=stargate', 'search'],
		['https://example.com/?s=stargate', 'wordpress search'],
		['https://economictimes.indiatimes.com/topic/oracle-stargate-project', 'topic listing'],
		['https://forums.example.org/post.php?p=1', 'forum host'],
		['https://example.org/forum/thread-1', 'forum path'],
	])('fails a banned URL shape: %s (%s)', (url) => {
		expect(rules({ id: 'x', publisher: 'Some Outlet', url })).toContain('banned-shape');
	});
	it('does not mistake ordinary query strings for searches', () => {
		expect(rules({ id: 'x', publisher: 'Some Outlet', url: 'https://techstrong.it/?p=93473' })).toEqual([]);
		expect(rules({ id: 'x', publisher: 'Wx', url: 'https://mp.weixin.qq.com/s?__biz=Mz&mid=1&idx=1&sn=65' })).toEqual([]);
	});
	it('fails a big outlet’s name on another host without via', () => {
		expect(rules({ ...good, url: 'https://www.asiafinancial.com/a' })).toEqual(['copy-needs-via']);
	});
	it('fails via on the publisher’s own page', () => {
		expect(rules({ ...good, via: 'Business Recorder' })).toEqual(['via-on-original']);
	});
	it('fails originalUrl without via, and an original on another host', () => {
		expect(rules({ ...good, originalUrl: 'https://www.reuters.com/y' })).toContain('original-needs-via');
		expect(rules({ ...good, url: 'https://a.example/1', via: 'A', originalUrl: 'https://b.example/2' })).toContain('original-not-publisher');
	});
});

describe('checkSources', () => {
	it('passes distinct records', () => {
		expect(checkSources([good, { ...good, id: 'y', url: 'https://www.reuters.com/other/' }])).toEqual([]);
	});
	it('fails a duplicate id', () => {
		expect(checkSources([good, { ...good, url: 'https://www.reuters.com/other/' }]).map((p) => p.rule)).toEqual(['duplicate-id']);
	});
	it('fails the same URL under two ids, with or without www and trailing slash', () => {
		const problems = checkSources([good, { ...good, id: 'y', url: 'https://reuters.com/technology/x-2025-01-01' }]);
		expect(problems.map((p) => p.rule)).toEqual(['duplicate-url']);
	});
	it('fails an originalUrl that another record already links', () => {
		const copy = { id: 'y', publisher: 'Reuters', url: 'https://www.brecorder.com/n/1', via: 'Business Recorder', originalUrl: good.url };
		expect(checkSources([good, copy]).map((p) => p.rule)).toEqual(['duplicate-url']);
	});
	it('ignores tracking parameters when comparing', () => {
		expect(urlKey('https://www.x.com/a/?utm_source=t&ref=y')).toBe(urlKey('https://x.com/a'));
	});
});
