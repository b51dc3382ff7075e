/**
 * The one inline script. It runs before first paint so a reader who chose dark
 * never sees a flash of light. Then, two frames after the document is parsed
 * (the page has painted), it starts the page's module scripts, which the build
 * left as inert `<script type="text/plain" data-module="…">` blocks
 * (src/lib/page/deferred-scripts.ts): nothing but the HTML stands between a
 * reader and the first paint (issue 14). A hidden tab paints no frame; its
 * scripts start when it is shown. It must stay inline (an external file would
 * load too late), so its SHA-256 is added to the Content-Security-Policy by
 * `astro.config.mjs`; change the text and the hash follows automatically.
 */
import { createHash } from 'node:crypto';

export const THEME_INIT_SCRIPT =
	"(function(){try{var t=localStorage.getItem('theme');if(t!=='light'&&t!=='dark'){t=matchMedia('(prefers-color-scheme: dark)').matches?'dark':'light'}document.documentElement.dataset.theme=t}catch(e){}})();" +
	"addEventListener('DOMContentLoaded',()=>requestAnimationFrame(()=>requestAnimationFrame(()=>{for(const s of document.querySelectorAll('script[data-module]')){const m=document.createElement('script');m.type='module';m.src=s.dataset.module;document.head.append(m)}})))";

/** CSP source expression for the script above. */
export function themeScriptHash(): string {
	return `sha256-${createHash('sha256').update(THEME_INIT_SCRIPT).digest('base64')}`;
}
