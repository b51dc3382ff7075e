/**
 * The one inline script: it runs before first paint so a reader who chose dark
 * never sees a flash of light. It must stay inline (an external file would load
 * too late), so its SHA-256 is added to the Content-Security-Policy by
 * `astro.config.mjs`; change the text and the hash follows automatically.
 */
import { createHash } from 'node:crypto';

export const THEME_INIT_SCRIPT =
	"(function(){try{var t=localStorage.getItem('theme');if(t!=='light'&&t!=='dark'){t=matchMedia('(prefers-color-scheme: dark)').matches?'dark':'light'}document.documentElement.dataset.theme=t}catch(e){}})();";

/** CSP source expression for the script above. */
export function themeScriptHash(): string {
	return `sha256-${createHash('sha256').update(THEME_INIT_SCRIPT).digest('base64')}`;
}
