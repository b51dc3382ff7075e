/**
 * The `<iframe>` snippet the figure page offers to copy. Its height is the
 * chart's reserved height on a wide screen plus the head, legend and source
 * line around it, so most figures need no scrolling inside the frame.
 */
import type { ChartModel } from './model.ts';
import { escapeXml } from '../xml.ts';

/** Head, legend, buttons and source line of an embed page, in CSS px. */
const CHROME = 300;

export function embedHeight(model: ChartModel): number {
	const heights = model.panels.map((p) => p.height * 16);
	const charts = model.layout === 'columns' ? Math.max(...heights) : heights.reduce((a, b) => a + b + 40, 0);
	return Math.ceil((charts + CHROME) / 10) * 10;
}

export function embedSnippet(src: string, title: string, height: number): string {
	return `<iframe src="${escapeXml(src)}" title="${escapeXml(title)}" width="100%" height="${height}" style="border:0;max-width:100%" loading="lazy"></iframe>`;
}
