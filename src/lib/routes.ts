/** Route params for pages that exist in both languages: English at `/`, Chinese at `/zh/`. */
import { LANGS, type Lang } from '../schemas/common.ts';

/** `[...lang]` param: undefined for English (no prefix), `zh` for Chinese. */
export const langParam = (lang: Lang): string | undefined => (lang === 'en' ? undefined : lang);

export function langFromParam(param: string | undefined): Lang {
	return param === 'zh' ? 'zh' : 'en';
}

export function bothLanguages() {
	return LANGS.map((lang) => ({ params: { lang: langParam(lang) }, props: { lang } }));
}
