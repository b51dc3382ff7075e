/**
 * `<chart-figure>`: the small part of a figure that every page with figures
 * loads. Like every page script it starts after the page's first paint
 * (src/lib/page/deferred-scripts.ts), so the chart code never competes with
 * it: the reserved box and the table are what paints first. It wires the
 * Chart/Table buttons and watches for the figure to come near the viewport;
 * only then does it import the renderer (Chart.js), once for the whole page.
 * Figures draw one after another, one panel per task, so no task is long
 * enough to delay a reader's tap (issue 14). It re-colours drawn charts when
 * the theme changes. A chart that fails shows its table and marks itself
 * `data-chart-error`.
 */
import type { DrawnFigure } from './chart-render.ts';

/**
 * Start loading half a screen ahead, so the chart is drawn before it is seen. Not
 * further: Chart.js's first evaluation and first chart are the page's longest
 * tasks, and a reader who has not scrolled near a figure should not pay for them.
 */
const NEAR_VIEWPORT = '50% 0px';

type View = 'chart' | 'table';

let renderer: Promise<typeof import('./chart-render.ts')> | null = null;
const drawn = new Set<DrawnFigure>();

/** Lets the browser handle input and paint between two pieces of drawing. */
const pause = (): Promise<void> => {
	const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
	return scheduler?.yield ? scheduler.yield() : new Promise((resolve) => setTimeout(resolve, 0));
};

/** Figures draw one at a time, in the order they come near the viewport. */
let queue: Promise<void> = Promise.resolve();

const observer = new IntersectionObserver(
	(entries) => {
		for (const entry of entries) {
			if (!entry.isIntersecting) continue;
			observer.unobserve(entry.target);
			void (entry.target as ChartFigure).draw();
		}
	},
	{ rootMargin: NEAR_VIEWPORT },
);

class ChartFigure extends HTMLElement {
	connectedCallback(): void {
		if (this.dataset.view) return;
		this.show('chart');
		for (const button of this.buttons()) {
			button.addEventListener('click', () => this.show(button.dataset.view === 'table' ? 'table' : 'chart'));
		}
		observer.observe(this);
	}

	private buttons(): NodeListOf<HTMLButtonElement> {
		return this.querySelectorAll<HTMLButtonElement>('.figure-views button[data-view]');
	}

	/** CSS shows the chart or the table from `data-view`; the buttons say which is on. */
	show(view: View): void {
		this.dataset.view = view;
		for (const button of this.buttons()) button.setAttribute('aria-pressed', String(button.dataset.view === view));
	}

	draw(): Promise<void> {
		queue = queue.then(() => this.drawNow());
		return queue;
	}

	private async drawNow(): Promise<void> {
		try {
			renderer ??= import('./chart-render.ts');
			const { drawFigure } = await renderer;
			drawn.add(await drawFigure(this, pause));
		} catch (error) {
			// Offline, blocked or a renderer bug: the table carries the same values. Said loudly, never swallowed:
			// the attribute and the console error are what the browser tests look for.
			this.dataset.chartError = error instanceof Error ? error.message : String(error);
			console.error('chart-figure: the chart could not be drawn', error);
			renderer = null;
			this.show('table');
			const chartButton = this.querySelector<HTMLButtonElement>('button[data-view="chart"]');
			if (chartButton) chartButton.disabled = true;
			this.querySelector<HTMLElement>('.figure-failed')?.removeAttribute('hidden');
		}
	}
}

document.addEventListener('themechange', () => {
	for (const figure of drawn) figure.recolour();
});

if (!customElements.get('chart-figure')) customElements.define('chart-figure', ChartFigure);
