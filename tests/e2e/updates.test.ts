/**
 * The updates page and correction links in Chromium on a phone (390×844), both
 * languages: entries the feed links to exist and are highlighted when targeted,
 * value changes read old → new, and a figure's and a section's "Suggest a
 * correction" link carry the page, the part and the language. Screenshots go to
 * tests/artifacts/trust/.
 */
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { PROJECT_ROOT } from '../support/project.ts';
import { PHONE, reviewShot, useSite } from '../support/e2e.ts';

const site = useSite();
const ARTIFACTS = join(PROJECT_ROOT, 'tests/artifacts/trust');

describe.each([
	['en', '', 'English (en)'],
	['zh', 'zh/', '简体中文 (zh-Hans)'],
])('%s', (lang, prefix, language) => {
	test('the updates page lists dated entries; a value change reads old → new', async () => {
		await site.withPage(PHONE, `${prefix}updates/`, async (page) => {
		const entries = await page.locator('article.update').evaluateAll((els) => els.map((el) => ({ id: el.id, date: el.querySelector('time')?.getAttribute('datetime') })));
		expect(entries.length).toBeGreaterThan(0);
		expect(entries.every((e) => e.id.startsWith('update-') && /^\d{4}-\d{2}-\d{2}$/.test(e.date ?? ''))).toBe(true);
		// Newest first.
		expect(entries.map((e) => e.date)).toEqual([...entries.map((e) => e.date)].sort().reverse());
		await reviewShot(page, join(ARTIFACTS, `updates-phone-${lang}.png`));
		const change = page.locator('.update-changes li').first();
		if ((await change.count()) > 0) {
			await change.scrollIntoViewIfNeeded();
			expect(await change.locator('.update-values').innerText()).toMatch(/→/);
			await reviewShot(page, join(ARTIFACTS, `updates-changes-phone-${lang}.png`));
		}
		});
	});

	test('a figure and a section each carry page, part and language in their correction link', async () => {
		await site.withPage({ ...PHONE, javaScriptEnabled: false }, `${prefix}funding/`, async (page) => {
		const links = await page.evaluate(() => {
			const section = document.querySelector<HTMLAnchorElement>('.heading-wrap .correction-link')!;
			const figure = document.querySelector<HTMLAnchorElement>('figure .correction-link')!;
			const box = section.getBoundingClientRect();
			return {
				section: { href: section.href, id: section.closest('.heading-wrap')!.querySelector('h2, h3')!.id, height: box.height },
				figure: { href: figure.href, id: figure.closest('figure')!.id },
			};
		});
		for (const { href, id } of [links.section, links.figure]) {
			const body = decodeURIComponent(new URL(href).searchParams.get('body') ?? '');
			expect(body).toContain(`${prefix}funding/#${id}`);
			expect(body).toContain(language);
		}
		expect(links.section.height).toBeGreaterThanOrEqual(24);
		});
	});
});
