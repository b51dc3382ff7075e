/** The HTML files of a finished build, for the integrations that post-process them. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface BuiltPage {
	/** As Astro reports it: `energy/`, `zh/`, `` for home, `404/` for the 404. */
	pathname: string;
	file: string;
	/** Folder pages (`energy/index.html`) as opposed to single files such as `404.html`. */
	isFolder: boolean;
	html: string;
}

/** `energy/` → `energy/index.html`; the 404 page is written as `404.html`, not `404/index.html`. */
export function builtPages(outDir: string, pages: ReadonlyArray<{ pathname: string }>): BuiltPage[] {
	return pages.flatMap(({ pathname }) => {
		const clean = pathname.replace(/^\//, '');
		const folder = join(outDir, clean, 'index.html');
		const single = join(outDir, `${clean.replace(/\/$/, '')}.html`);
		const file = existsSync(folder) ? folder : existsSync(single) ? single : undefined;
		return file ? [{ pathname: clean, file, isFolder: file === folder, html: readFileSync(file, 'utf8') }] : [];
	});
}
