import { describe, expect, it } from 'vitest';
import { displayHost, hostBelongsTo, isPublisherUrl, publisherDomains, publisherName } from '../../src/lib/sources/hosts.ts';
import { sourceLinkParts } from '../../src/lib/sources/source-link.ts';

describe('hosts', () => {
	it('shows a host without www', () => {
		expect(displayHost('https://www.asiafinancial.com/a')).toBe('asiafinancial.com');
		expect(displayHost('https://edition.cnn.com/x')).toBe('edition.cnn.com');
	});
	it('treats subdomains as the same site, and lookalikes as not', () => {
		expect(hostBelongsTo('edition.cnn.com', 'cnn.com')).toBe(true);
		expect(hostBelongsTo('notcnn.com', 'cnn.com')).toBe(false);
	});
	it('knows a publisher by the start of its name', () => {
		expect(publisherDomains('Reuters (reporting The Wall Street Journal)')).toEqual(['reuters.com']);
		expect(publisherDomains('Reutersville Gazette')).toBeUndefined();
		expect(isPublisherUrl('Reuters', 'https://www.reuters.com/x')).toBe(true);
		expect(isPublisherUrl('Reuters', 'https://www.brecorder.com/x')).toBe(false);
		expect(isPublisherUrl('Some Blog', 'https://some.blog/x')).toBeUndefined();
	});
});

describe('sourceLinkParts', () => {
	it('links a publisher’s own page once, printed', () => {
		expect(sourceLinkParts({ url: 'https://openai.com/index/x/' })).toEqual([
			{ role: 'original', href: 'https://openai.com/index/x/', host: 'openai.com', printUrl: true },
		]);
	});
	it('names a copy by its host and prints its URL when it is the only way to the text', () => {
		const [copy] = sourceLinkParts({ url: 'https://www.brecorder.com/a', via: 'Business Recorder' });
		expect(copy).toMatchObject({ role: 'copy', host: 'brecorder.com', printUrl: true, viaName: 'Business Recorder' });
	});
	it('puts the original first and does not print the copy URL after it', () => {
		const parts = sourceLinkParts({ url: 'https://www.brecorder.com/n/1', via: 'Business Recorder', originalUrl: 'https://www.reuters.com/t/1' });
		expect(parts.map((p) => [p.role, p.host, p.printUrl])).toEqual([
			['original', 'reuters.com', true],
			['copy', 'brecorder.com', false],
		]);
	});
	it('shows the via name without its note in parentheses', () => {
		expect(sourceLinkParts({ url: 'https://www.brecorder.com/a', via: 'Business Recorder (syndicated copy)' })[0]?.viaName).toBe('Business Recorder');
		expect(sourceLinkParts({ url: 'https://www.business-standard.com/a', via: 'Business Standard (syndicated copy)' })[0]?.viaName).toBeUndefined();
	});
	it('drops a via name that only repeats the host', () => {
		expect(sourceLinkParts({ url: 'https://dnyuz.com/a', via: 'dnyuz' })[0]?.viaName).toBeUndefined();
		expect(sourceLinkParts({ url: 'https://dnyuz.com/a', via: 'dnyuz.com' })[0]?.viaName).toBeUndefined();
		expect(sourceLinkParts({ url: 'https://www.asiafinancial.com/a', via: 'Asia Financial' })[0]?.viaName).toBeUndefined();
	});
	it('marks a copy that holds only a summary or headline', () => {
		expect(sourceLinkParts({ url: 'https://www.pulse.bot/a', via: 'Pulse (summary of the Data Center Knowledge article)' })[0]?.summary).toBe(true);
		expect(sourceLinkParts({ url: 'https://glosignal.com/a', via: 'GloSignal (headline and first sentence)' })[0]?.summary).toBe(true);
		expect(sourceLinkParts({ url: 'https://www.brecorder.com/a', via: 'Business Recorder (syndicated copy)' })[0]?.summary).toBeUndefined();
	});
	it('adds the archived copy last', () => {
		const parts = sourceLinkParts({ url: 'https://openai.com/x', archiveUrl: 'https://web.archive.org/web/2025/https://openai.com/x' });
		expect(parts.map((p) => p.role)).toEqual(['original', 'archive']);
	});
});

describe('publisherName', () => {
	it('uses the Chinese name of a known outlet only for an exact match', () => {
		expect(publisherName('Reuters', 'zh')).toBe('路透社');
		expect(publisherName('Reuters', 'en')).toBe('Reuters');
		expect(publisherName('KRWG Public Media', 'zh')).toBe('KRWG Public Media');
		expect(publisherName('Reuters (Wisconsin)', 'zh')).toBe('Reuters (Wisconsin)');
	});

	it('writes a relay the Chinese way, each outlet by its Chinese name where it has one', () => {
		expect(publisherName('Reuters (reporting The Wall Street Journal)', 'zh')).toBe('路透社（转述《华尔街日报》）');
		expect(publisherName('Mint (reporting Reuters)', 'zh')).toBe('Mint（转述路透社）');
		expect(publisherName('iRecruit (citing ENR)', 'zh')).toBe('iRecruit（援引ENR）');
		expect(publisherName('Skim News (summarising Bloomberg)', 'zh')).toBe('Skim News（概述彭博社）');
		expect(publisherName('Reuters (reporting The Wall Street Journal)', 'en')).toBe('Reuters (reporting The Wall Street Journal)');
	});

	it('lists the authors of a joint statement the Chinese way', () => {
		expect(publisherName('OpenAI, Oracle and Related Digital', 'zh')).toBe('OpenAI、甲骨文和Related Digital');
		expect(publisherName('NVIDIA and OpenAI', 'zh')).toBe('英伟达和OpenAI');
		expect(publisherName('The Information, "Stargate" newsletter', 'zh')).toBe('The Information, "Stargate" newsletter');
		expect(publisherName('NVIDIA and OpenAI', 'en')).toBe('NVIDIA and OpenAI');
	});
});
