/**
 * Numbers without their unit, for narrow charts: the unit is stated once, in
 * the value axis's title, instead of on every bar and tick ("325–580" under an
 * axis titled "太瓦时" rather than "325–580太瓦时" on a bar that has no room).
 */
import type { Lang, Qualifier, Unit, Value } from '../../schemas/common.ts';

const SIGN: Record<Qualifier, string> = { about: '~', 'more-than': '>', 'at-least': '≥', 'up-to': '≤', nearly: '~' };

function plain(n: number, lang: Lang, maxFraction = 2): string {
	return new Intl.NumberFormat(lang === 'en' ? 'en-US' : 'zh-CN', { maximumFractionDigits: maxFraction, useGrouping: lang === 'en' }).format(n);
}

/** A count the Chinese way (3.1万), plain in English (31,000). */
function count(n: number, lang: Lang): string {
	if (lang === 'en' || n < 1e4) return plain(n, lang, 0);
	return n >= 1e8 ? `${plain(n / 1e8, lang)}亿` : `${plain(n / 1e4, lang)}万`;
}

/** One number in the unit the axis title names: `19` ($ billions), `190` (亿美元), `1,200` (MW). */
export function shortNumber(n: number, unit: Unit, lang: Lang): string {
	switch (unit) {
		case 'usd-billion':
			// Chinese money is counted in 亿 (1 billion = 10亿).
			return lang === 'en' ? plain(n, lang) : plain(n * 10, lang);
		case 'gw':
			return plain(n, lang);
		case 'mw':
		case 'twh':
		case 'percent':
			return plain(n, lang, 1);
		default:
			return count(n, lang);
	}
}

/** A value with its qualifier as a sign, without unit: `~7`, `325–580`. */
export function shortValue(value: Value, unit: Unit, lang: Lang, qualifier?: Qualifier): string {
	const text = typeof value === 'number' ? shortNumber(value, unit, lang) : `${shortNumber(value.low, unit, lang)}–${shortNumber(value.high, unit, lang)}`;
	return qualifier ? `${SIGN[qualifier]}${text}` : text;
}

/** The axis title that carries the unit the short numbers leave out. */
export function shortUnit(unit: Unit, lang: Lang): string {
	const names: Record<Unit, [string, string]> = {
		'usd-billion': ['$ billion', '亿美元'],
		gw: ['GW', '吉瓦'],
		mw: ['MW', '兆瓦'],
		twh: ['TWh', '太瓦时'],
		percent: ['%', '%'],
		jobs: ['jobs', '个岗位'],
		homes: ['homes', '户'],
		buildings: ['buildings', '栋'],
		gpus: ['GPUs', '块GPU'],
		'sq-ft': ['sq ft', '平方英尺'],
		promises: ['promises', '项承诺'],
	};
	return names[unit][lang === 'en' ? 0 : 1];
}
