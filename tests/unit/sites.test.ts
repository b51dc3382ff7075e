/** The site pages' pure parts: facts, names as text, titles and where claims point on the overview. */
import { expect, test } from 'vitest';
import { loadContent } from '../../src/content-model/index.ts';
import { pointedHref, pointedSectionTitle } from '../../src/lib/sites/anchors.ts';
import { CAPACITY_DATASET, siteFacts, sitePageHref } from '../../src/lib/sites/facts.ts';
import { listText } from '../../src/lib/format.ts';
import { sitePageData } from '../../src/lib/sites/page-data.ts';

const content = loadContent();
const site = (id: string) => content.sites.find((s) => s.id === id)!;
const capacity = content.datasets.find((d) => d.id === CAPACITY_DATASET);

test('names read as running text in each language', () => {
	expect(listText(['Oracle'], 'en')).toBe('Oracle');
	expect(listText(['Oracle', 'OpenAI', 'SoftBank'], 'en')).toBe('Oracle, OpenAI and SoftBank');
	expect(listText(['甲骨文', 'OpenAI'], 'zh')).toBe('甲骨文和OpenAI');
	expect(listText(['甲骨文', 'OpenAI', '软银'], 'zh')).toBe('甲骨文、OpenAI和软银');
	expect(listText(['软银'], 'zh')).toBe('软银');
});

test("a site's facts: developers, other partners, capacity as the figure prints it with its date, status", () => {
	const facts = siteFacts(site('abilene'), content.partners, capacity, 'en');
	expect(facts.developers).toEqual(['Crusoe']);
	expect(facts.partners).toContain('Oracle');
	expect(facts.partners).not.toContain('Crusoe');
	expect(facts.capacity).toMatchObject({ text: '1,200 MW', stated: '2025-05-21' });
	expect(facts.status).toBe('operating');
	// Lordstown never had a published capacity: no figure, not a guess.
	expect(siteFacts(site('lordstown'), content.partners, capacity, 'en').capacity).toBeNull();
});

test("a site's page takes its title from the record and links under the base in each language", () => {
	expect(sitePageData(site('saline'), 'zh', '2026-11-29').title).toBe(site('saline').name.zh);
	for (const s of content.sites) for (const lang of ['en', 'zh'] as const) expect(sitePageData(s, lang, '2026-11-29').description.length).toBeLessThanOrEqual(200);
	expect(sitePageHref('en', 'uae', '/')).toBe('/sites/uae/');
	expect(sitePageHref('zh', 'uae', '/stargate/')).toBe('/stargate/zh/sites/uae/');
});

test('a claim pointing at a site on the overview gets the site name; other sections keep their heading; unknown is null', () => {
	const overview = content.articles.find((a) => a.lang === 'en' && a.slug === 'sites')!;
	expect(pointedSectionTitle(overview, 'site-abilene', content.sites, 'en')).toBe(site('abilene').name.en);
	expect(pointedSectionTitle(overview, 'status-summary', content.sites, 'en')).toBe('Status summary');
	expect(pointedSectionTitle(overview, 'site-atlantis', content.sites, 'en')).toBeNull();
	const energy = content.articles.find((a) => a.lang === 'en' && a.slug === 'energy')!;
	expect(pointedSectionTitle(energy, 'site-abilene', content.sites, 'en')).toBeNull();
});

test("the ledger and the tracker link a site's entry straight to the site's page; other sections as before", () => {
	expect(pointedHref('en', 'sites', 'site-abilene', content.sites, '/')).toBe('/sites/abilene/');
	expect(pointedHref('zh', 'sites', 'site-uae', content.sites, '/stargate/')).toBe('/stargate/zh/sites/uae/');
	expect(pointedHref('en', 'sites', 'status-summary', content.sites, '/')).toBe('/sites/#status-summary');
	expect(pointedHref('en', 'funding', 'site-abilene', content.sites, '/')).toBe('/funding/#site-abilene');
});
