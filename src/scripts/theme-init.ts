/**
 * The one inline script. It runs before first paint so a reader who chose dark
 * never sees a flash of light. Then, once the document is parsed and the
 * browser reports its first contentful paint, two frames later (the whole
 * parsed page has painted), it starts the page's module scripts, which the build
 * left as inert `<script type="text/plain" data-module="…">` blocks
 * (src/lib/page/deferred-scripts.ts): nothing but the HTML stands between a
 * reader and the first paint (issue 14). A tab opened in the background
 * paints nothing: there the scripts start 3 s after the document is parsed. When they have all run (or failed), `<html>`
 * gets `data-scripts="ready"`: the page's `load` event no longer waits for
 * them, so that is what browser tests wait for. It must stay inline (an external file would
 * load too late), so its SHA-256 is added to the Content-Security-Policy by
 * `astro.config.mjs`; change the text and the hash follows automatically.
 */
import { createHash } from 'node:crypto';

export const THEME_INIT_SCRIPT =
	"(function(){try{var t=localStorage.getItem('theme');if(t!=='light'&&t!=='dark'){t=matchMedia('(prefers-color-scheme: dark)').matches?'dark':'light'}document.documentElement.dataset.theme=t}catch(e){}})();" +
	"addEventListener('DOMContentLoaded',()=>{const d=document,P=PerformanceObserver;let k;const go=()=>{if(k)return;k=1;const l=d.querySelectorAll('script[data-module]');let n=l.length+1;const f=()=>--n||(d.documentElement.dataset.scripts='ready');for(const s of l){const m=d.createElement('script');m.type='module';m.src=s.dataset.module;m.onload=m.onerror=f;d.head.append(m)}f()},g=()=>requestAnimationFrame(()=>requestAnimationFrame(go));setTimeout(go,3e3);if(P.supportedEntryTypes.includes('paint'))new P((e,o)=>{if(e.getEntriesByName('first-contentful-paint').length){o.disconnect();g()}}).observe({type:'paint',buffered:true});else g()})";

/** CSP source expression for the script above. */
export function themeScriptHash(): string {
	return `sha256-${createHash('sha256').update(THEME_INIT_SCRIPT).digest('base64')}`;
}
