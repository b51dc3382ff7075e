/** One Lighthouse run (Node API; mobile preset with simulated throttling: its defaults). */
import lighthouse from 'lighthouse';

export interface PageRun {
	performance: number;
	accessibility: number;
	lcpMs: number;
	fcpMs: number;
	tbtMs: number;
	cls: number;
	transferBytes: number;
	/** The page's own HTML response, headers included: over 14.6 KB (TCP's first congestion window) it costs a round trip more. */
	htmlBytes: number;
}

function documentBytes(details: unknown): number {
	const items = (details as { items?: Array<{ resourceType?: string; transferSize?: number }> } | undefined)?.items ?? [];
	return items.find((item) => item.resourceType === 'Document')?.transferSize ?? NaN;
}

export async function lighthouseRun(port: number, url: string): Promise<PageRun> {
	const result = await lighthouse(url, { port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility'] });
	if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
	const { lhr } = result;
	if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.message} (${url})`);
	const score = (id: string) => Math.round((lhr.categories[id]?.score ?? NaN) * 100);
	const value = (id: string) => lhr.audits[id]?.numericValue ?? NaN;
	return {
		performance: score('performance'),
		accessibility: score('accessibility'),
		lcpMs: value('largest-contentful-paint'),
		fcpMs: value('first-contentful-paint'),
		tbtMs: value('total-blocking-time'),
		cls: value('cumulative-layout-shift'),
		transferBytes: value('total-byte-weight'),
		htmlBytes: documentBytes(lhr.audits['network-requests']?.details),
	};
}
