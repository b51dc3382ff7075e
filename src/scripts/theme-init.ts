/**
 * The one inline script. It runs before first paint so a reader who chose dark
 * never sees a flash of light. Then, once the document is parsed and the
 * browser reports its first contentful paint, two frames later (the whole
 * parsed page has painted), it starts the page's module scripts, which the
 * build left as inert `<script type="text/plain" data-module="…">` blocks
 * (src/lib/page/deferred-scripts.ts): nothing but the HTML stands between a
 * reader and the first paint (issue 14). A tab opened in the background paints
 * nothing (nor does a browser without paint timing report it): there the
 * scripts start 3 s after the document is parsed. When they have all run (or
 * failed), `<html>` gets `data-scripts="ready"`: the `load` event no longer
 * waits for them, so that is what browser tests wait for. It must stay inline
 * (an external file would load too late), so its SHA-256 is added to the
 * Content-Security-Policy by `astro.config.mjs`; change the text and the hash
 * follows automatically.
 */
import { createHash } from 'node:crypto';

export const THEME_INIT_SCRIPT =
	"(()=>{const r=document.documentElement;try{let t=localStorage.getItem('theme');if(t!=='light'&&t!=='dark')t=matchMedia('(prefers-color-scheme: dark)').matches?'dark':'light';r.dataset.theme=t}catch{}" +
	"addEventListener('DOMContentLoaded',()=>{const d=document;let k,n=1;const f=()=>--n||(r.dataset.scripts='ready'),go=()=>{if(!k){k=1;for(const s of d.querySelectorAll('script[data-module]')){n++;const m=d.createElement('script');m.type='module';m.src=s.dataset.module;m.onload=m.onerror=f;d.head.append(m)}f()}};setTimeout(go,3e3);new PerformanceObserver(e=>{e.getEntriesByName('first-contentful-paint')[0]&&requestAnimationFrame(()=>requestAnimationFrame(go))}).observe({type:'paint',buffered:!0})})})()";

/** CSP source expression for the script above. */
export function themeScriptHash(): string {
	return `sha256-${createHash('sha256').update(THEME_INIT_SCRIPT).digest('base64')}`;
}
