/**
 * Section links (`a.heading-anchor[href^="#"]`, beside every h2, h3 and
 * figure, and `a.claim-anchor` on claims and timeline entries): a click
 * opens the system share sheet where the Web Share API exists (phones), else
 * copies the section's absolute address; either way it puts the address in
 * the address bar, and a copy is said in the page's status region.
 * A figure's "Share this figure" link (`a[data-share]`) shares the figure's
 * own page the same way, and otherwise simply goes there. The figure page's
 * "Copy the embed code" button (`[data-copy-from]`) copies its snippet. Without JavaScript the
 * link simply goes to the section. Also, for readers arriving at a section:
 * the landing position follows the sticky header's real height (it wraps to
 * two or three rows on narrow screens), and a retired section id (an alias)
 * is replaced by the current one in the address bar.
 */

const statusRegion = document.querySelector<HTMLElement>('[data-copy-status]');
let clearTimer: number | undefined;

function announce(message: string): void {
	if (!statusRegion) return;
	// Emptying first makes screen readers announce a repeated message again.
	statusRegion.textContent = '';
	window.clearTimeout(clearTimer);
	window.setTimeout(() => {
		statusRegion.textContent = message;
		clearTimer = window.setTimeout(() => (statusRegion.textContent = ''), 2500);
	}, 50);
}

/**
 * The async clipboard only: where it is missing or refused (plain http, an old browser) the reader is told the
 * address is already in the address bar, which costs less than the deprecated execCommand('copy') fallback
 * (every byte here counts against the 5 KB of script a page may load up front, issue 14).
 */
function copyText(text: string): Promise<boolean> {
	return navigator.clipboard.writeText(text).then(
		() => true,
		() => false,
	);
}

const canShare = typeof navigator.share === 'function';

/** The system share sheet; false when it is missing or fails (a cancel counts as done). */
async function share(title: string, url: string): Promise<boolean> {
	if (!canShare) return false;
	try {
		await navigator.share({ title, url });
		return true;
	} catch (error) {
		return error instanceof DOMException && error.name === 'AbortError';
	}
}

function copyAndSay(url: string): void {
	if (!statusRegion) return;
	void copyText(url).then((copied) => announce(copied ? (statusRegion.dataset.copied ?? '') : (statusRegion.dataset.failed ?? '')));
}

/** What is shared: the section's heading or the figure's title, then the page's title. */
function titleFor(link: HTMLAnchorElement): string {
	const target = link.hash ? document.getElementById(decodeURIComponent(link.hash.slice(1))) : null;
	const heading = target?.querySelector('.figure-title') ?? target;
	const text = heading?.textContent?.replace(/#\s*$/, '').trim();
	return text ? `${text} – ${document.title}` : document.title;
}

document.addEventListener('click', (event) => {
	if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
	const target = event.target instanceof Element ? event.target : null;
	const figureShare = target?.closest<HTMLAnchorElement>('a[data-share]');
	if (figureShare && canShare) {
		event.preventDefault();
		const title = figureShare.closest('figure')?.querySelector('.figure-title')?.textContent?.trim() ?? document.title;
		void share(title, figureShare.href);
		return;
	}
	const link = target?.closest<HTMLAnchorElement>('a.heading-anchor[href^="#"], a.claim-anchor[href^="#"]');
	if (!link || !statusRegion) return;
	event.preventDefault();
	const url = new URL(location.href);
	url.search = '';
	url.hash = link.hash;
	history.replaceState(history.state, '', url);
	if (canShare) void share(titleFor(link), url.href).then((shared) => shared || copyAndSay(url.href));
	else copyAndSay(url.href);
});

// The embed code is selectable without JavaScript; with it, one button copies it.
for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-copy-from]')) {
	const field = document.getElementById(button.dataset.copyFrom ?? '');
	if (!(field instanceof HTMLTextAreaElement)) continue;
	button.hidden = false;
	button.addEventListener('click', () => {
		void copyText(field.value).then((copied) => announce(copied ? (button.dataset.copied ?? '') : (statusRegion?.dataset.failed ?? '')));
	});
}

// Old links keep landing without JavaScript (the alias is a real element); with it, the address shows the current id.
function canonicalizeAlias(): void {
	const target = location.hash ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
	const current = target?.dataset.aliasOf;
	if (current) history.replaceState(history.state, '', `#${current}`);
}
canonicalizeAlias();
window.addEventListener('hashchange', canonicalizeAlias);

const header = document.querySelector<HTMLElement>('.site-header');
if (header) {
	const root = document.documentElement;
	// Read from the observer, which reports after the browser's own layout: reading offsetHeight now would
	// force a layout of the whole page while it loads (a long task, issue 14).
	new ResizeObserver(([entry]) => root.style.setProperty('--header-height', `${entry!.borderBoxSize[0]!.blockSize}px`)).observe(header);
	// The browser may have scrolled to the fragment before the header was measured.
	const target = location.hash ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
	if (target && target.getBoundingClientRect().top < header.offsetHeight) target.scrollIntoView();
}
