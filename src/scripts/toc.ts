/**
 * Table of contents behaviour: expanded on wide screens (where it sits beside
 * the text), collapsed on phones; and the section being read marked with
 * aria-current="true". An IntersectionObserver reports when a heading crosses
 * the reading line (30% down the viewport); the current section is then the
 * last heading above that line. A jump (End key, a fast fling, a link) can
 * carry a heading past the line between two frames without it ever touching
 * the line, so the end of every scroll checks again.
 */

const WIDE = '(min-width: 64rem)';
const READING_LINE = 0.3;

function setupToc(toc: HTMLElement): void {
	const details = toc.querySelector('details');
	const wide = matchMedia(WIDE);
	if (details) {
		details.open = wide.matches;
		details.dataset.enhanced = '';
		wide.addEventListener('change', () => (details.open = wide.matches));
	}

	const links = new Map<Element, HTMLAnchorElement>();
	for (const link of toc.querySelectorAll<HTMLAnchorElement>('a[href^="#"]')) {
		const heading = document.getElementById(decodeURIComponent(link.hash.slice(1)));
		if (heading) links.set(heading, link);
	}
	const headings = [...links.keys()];
	if (headings.length === 0) return;

	let current: HTMLAnchorElement | undefined;
	const update = () => {
		const line = window.innerHeight * READING_LINE;
		const atBottom = window.innerHeight + window.scrollY >= document.documentElement.scrollHeight - 2;
		let active: Element | undefined;
		for (const heading of headings) {
			const top = heading.getBoundingClientRect().top;
			// At the very bottom a short last section can never reach the line: take the last visible heading.
			if (top <= line || (atBottom && top < window.innerHeight)) active = heading;
		}
		const link = active ? links.get(active) : undefined;
		if (link === current) return;
		current?.removeAttribute('aria-current');
		link?.setAttribute('aria-current', 'true');
		current = link;
	};

	const crossing = new IntersectionObserver(update, { rootMargin: `0px 0px -${100 - READING_LINE * 100}% 0px` });
	for (const heading of headings) crossing.observe(heading);
	// The footer coming into view means the bottom: the last section may be too short to reach the line.
	const footer = document.querySelector('.site-footer');
	if (footer) new IntersectionObserver(update).observe(footer);
	window.addEventListener('scrollend', update);
	// No first update() here: the observers report every target once on their own, after the next layout,
	// where a call now would force a layout of the whole page while it loads (a long task, issue 14).
}

for (const toc of document.querySelectorAll<HTMLElement>('[data-toc]')) setupToc(toc);
