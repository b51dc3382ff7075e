/**
 * The site's small always-on behaviours (under 1 KB compressed):
 * the theme toggle and keeping the `#section` when switching language.
 * Charts and other heavier features load their own modules on demand.
 */

const root = document.documentElement;

function currentTheme(): 'light' | 'dark' {
	return root.dataset.theme === 'dark' ? 'dark' : 'light';
}

function setupThemeToggle(button: HTMLButtonElement): void {
	button.hidden = false;
	button.setAttribute('aria-pressed', String(currentTheme() === 'dark'));
	button.addEventListener('click', () => {
		const next = currentTheme() === 'dark' ? 'light' : 'dark';
		root.dataset.theme = next;
		try {
			localStorage.setItem('theme', next);
		} catch {
			// Private mode: the choice lasts for this page only.
		}
		button.setAttribute('aria-pressed', String(next === 'dark'));
		// Charts listen for this to re-read their colours.
		document.dispatchEvent(new CustomEvent('themechange', { detail: { theme: next } }));
	});
}

for (const button of document.querySelectorAll<HTMLButtonElement>('[data-theme-toggle]')) setupThemeToggle(button);

// Same section ids in both languages: carry the fragment across the language switch.
for (const link of document.querySelectorAll<HTMLAnchorElement>('a[data-keep-hash]')) {
	link.addEventListener('click', () => {
		if (location.hash) link.hash = location.hash;
	});
}
