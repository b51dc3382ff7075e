/**
 * The search dialog's behaviour, loaded on first open: runs Pagefind (its
 * index for the page's `<html lang>`, so results are in the reader's
 * language), lists the best pages with an excerpt and their best-matching
 * sections (more on request), and keeps the count in a status region for
 * screen readers.
 * Keys: Enter opens the first result; arrow keys move between results.
 */
import { houseSpelling } from '../lib/search/spelling.ts';

interface PagefindSubResult {
	title: string;
	url: string;
	weighted_locations?: Array<{ balanced_score: number }>;
}
interface PagefindData {
	url: string;
	excerpt: string;
	meta: { title?: string };
	sub_results: PagefindSubResult[];
}
interface PagefindSearch {
	results: Array<{ data: () => Promise<PagefindData> }>;
}
interface Pagefind {
	options: (options: Record<string, unknown>) => Promise<void>;
	init: () => Promise<void>;
	debouncedSearch: (query: string, options?: object, wait?: number) => Promise<PagefindSearch | null>;
}

const PAGE_SIZE = 8;
const MAX_SECTIONS = 2;

/** Pagefind excerpts are HTML (escaped text with <mark>): keep the text and the marks, nothing else. */
function excerptNodes(html: string): Node[] {
	const parsed = new DOMParser().parseFromString(`<p>${html}</p>`, 'text/html').body.firstElementChild;
	return [...(parsed?.childNodes ?? [])].map((node) => {
		if (node.nodeName === 'MARK') {
			const mark = document.createElement('mark');
			mark.textContent = node.textContent;
			return mark;
		}
		return document.createTextNode(node.textContent ?? '');
	});
}

function resultItem(data: PagefindData): HTMLLIElement {
	const item = document.createElement('li');
	const link = document.createElement('a');
	link.href = data.url;
	link.className = 'result-title';
	link.textContent = data.meta.title ?? data.url;
	const excerpt = document.createElement('p');
	excerpt.className = 'result-excerpt';
	excerpt.append(...excerptNodes(data.excerpt));
	item.append(link, excerpt);
	// Pagefind lists a page's sections in page order; the reader wants the ones that match best ("Abilene" → "Abilene, Texas").
	const score = (sub: PagefindSubResult) => (sub.weighted_locations ?? []).reduce((sum, location) => sum + location.balanced_score, 0);
	const sections = data.sub_results
		.filter((sub) => sub.url.includes('#') && sub.title !== data.meta.title)
		.sort((a, b) => score(b) - score(a))
		.slice(0, MAX_SECTIONS);
	if (sections.length > 0) {
		const list = document.createElement('ul');
		for (const section of sections) {
			const sectionItem = document.createElement('li');
			const sectionLink = document.createElement('a');
			sectionLink.href = section.url;
			sectionLink.textContent = section.title;
			sectionItem.append(sectionLink);
			list.append(sectionItem);
		}
		item.append(list);
	}
	return item;
}

export function setupSearch(dialog: HTMLDialogElement): void {
	const input = dialog.querySelector<HTMLInputElement>('input[type="search"]')!;
	const status = dialog.querySelector<HTMLElement>('[data-search-status]')!;
	const results = dialog.querySelector<HTMLOListElement>('[data-search-results]')!;
	const text = dialog.dataset;
	const base = text.base ?? '/';

	status.textContent = text.loading ?? '';
	// A plain module import from this site (CSP script-src 'self'); Pagefind picks the index from <html lang>.
	const pagefind: Promise<Pagefind> = import(/* @vite-ignore */ `${base}pagefind/pagefind.js`).then(async (module: Pagefind) => {
		await module.options({ excerptLength: 24 });
		await module.init();
		return module;
	});
	pagefind.then(
		() => {
			if (status.textContent === text.loading) status.textContent = '';
			if (input.value.trim()) void run();
		},
		() => (status.textContent = text.failed ?? ''),
	);

	let latest = 0;
	async function run(): Promise<void> {
		const query = input.value.trim();
		const id = ++latest;
		if (!query) {
			results.replaceChildren();
			status.textContent = '';
			return;
		}
		const search = await (await pagefind).debouncedSearch(houseSpelling(query), {}, 150);
		// null: a newer keystroke superseded this search.
		if (!search || id !== latest) return;
		await render(search, id, 0);
		if (id !== latest) return;
		const count = search.results.length;
		status.textContent =
			count === 0 ? (text.none ?? '').replace('{query}', query) : count === 1 ? (text.countOne ?? '') : (text.count ?? '').replace('{count}', String(count));
	}

	/** Shows results from `from` on, PAGE_SIZE at a time, with a button for the rest while any remain. */
	async function render(search: PagefindSearch, id: number, from: number): Promise<void> {
		const pages = await Promise.all(search.results.slice(from, from + PAGE_SIZE).map((result) => result.data()));
		if (id !== latest) return;
		const items = pages.map(resultItem);
		const next = from + pages.length;
		if (next < search.results.length) {
			const item = document.createElement('li');
			item.className = 'search-more';
			const button = document.createElement('button');
			button.type = 'button';
			button.textContent = (text.more ?? '').replace('{count}', String(search.results.length - next));
			button.addEventListener('click', () => {
				void render(search, id, next).then(() => results.querySelectorAll<HTMLAnchorElement>(':scope > li > a')[next]?.focus());
			});
			item.append(button);
			items.push(item);
		}
		if (from === 0) results.replaceChildren(...items);
		else {
			results.querySelector('.search-more')?.remove();
			results.append(...items);
		}
	}

	input.addEventListener('input', () => void run());
	input.addEventListener('keydown', (event) => {
		const first = results.querySelector<HTMLAnchorElement>('li > a');
		if (event.key === 'Enter' && first) {
			event.preventDefault();
			first.click();
		} else if (event.key === 'ArrowDown' && first) {
			event.preventDefault();
			first.focus();
		}
	});
	results.addEventListener('keydown', (event) => {
		if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
		const links = [...results.querySelectorAll<HTMLElement>('a, button')];
		const index = links.indexOf(document.activeElement as HTMLElement);
		if (index < 0) return;
		event.preventDefault();
		const next = index + (event.key === 'ArrowDown' ? 1 : -1);
		(next < 0 ? input : links[Math.min(next, links.length - 1)])?.focus();
	});
	// Following a result to a section of this same page does not unload it: close the dialog.
	results.addEventListener('click', (event) => {
		if (event.target instanceof Element && event.target.closest('a')) dialog.close();
	});
}
