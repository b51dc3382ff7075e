/**
 * Section links (`a.heading-anchor[href^="#"]`, beside every h2, h3 and
 * figure): a click copies the section's absolute address, puts it in the
 * address bar and says so in the page's status region. Without JavaScript the
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

/** The legacy copy command, for browsers without the async clipboard or outside https. */
function copyWithSelection(text: string): boolean {
	const previous = document.activeElement instanceof HTMLElement ? document.activeElement : null;
	const field = document.createElement('textarea');
	field.value = text;
	field.setAttribute('readonly', '');
	field.className = 'sr-only';
	document.body.append(field);
	field.select();
	let copied = false;
	try {
		copied = document.execCommand('copy');
	} catch {
		copied = false;
	}
	field.remove();
	previous?.focus();
	return copied;
}

async function copyText(text: string): Promise<boolean> {
	try {
		await navigator.clipboard.writeText(text);
		return true;
	} catch {
		return copyWithSelection(text);
	}
}

document.addEventListener('click', (event) => {
	if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
	const link = event.target instanceof Element ? event.target.closest<HTMLAnchorElement>('a.heading-anchor[href^="#"]') : null;
	if (!link || !statusRegion) return;
	event.preventDefault();
	const url = new URL(location.href);
	url.search = '';
	url.hash = link.hash;
	history.replaceState(history.state, '', url);
	void copyText(url.href).then((copied) => announce(copied ? (statusRegion.dataset.copied ?? '') : (statusRegion.dataset.failed ?? '')));
});

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
	const measure = () => root.style.setProperty('--header-height', `${header.offsetHeight}px`);
	measure();
	new ResizeObserver(measure).observe(header);
	// The browser may have scrolled to the fragment before the header was measured.
	const target = location.hash ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
	if (target && target.getBoundingClientRect().top < header.offsetHeight) target.scrollIntoView();
}
