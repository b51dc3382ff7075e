/** `/data/stargate-explained-data.zip`: every list and dataset in CSV and JSON, with a README, zipped at build time. */
import type { APIRoute } from 'astro';
import { loadContent } from '../../content-model/index.ts';
import { t } from '../../i18n/ui.ts';
import { bundle, bundleDate } from '../../lib/downloads/bundle.ts';

export const GET: APIRoute = ({ site }) => {
	const content = loadContent();
	const home = new URL(import.meta.env.BASE_URL, site ?? 'https://stargate-explained.example').href;
	const readme = [
		`${t('en', 'site.name')} / ${t('zh', 'site.name')}: ${home}`,
		`${t('en', 'data.bundle.readme', { date: bundleDate(content) })}`,
		`${t('zh', 'data.bundle.readme', { date: bundleDate(content) })}`,
		'',
		t('en', 'data.licenceText'),
		t('zh', 'data.licenceText'),
		'',
	].join('\r\n');
	return new Response(bundle(content, readme), { headers: { 'content-type': 'application/zip' } });
};
