/**
 * Number and date formatting for both languages, used by tables, chart ticks,
 * tooltips, downloads and prose components alike, so a figure reads the same
 * everywhere. Chinese style: 万/亿 units and `5000亿美元` (never "US$").
 */
import type { Lang } from '../schemas/common.ts';
import type { Qualifier, Unit, Value } from '../schemas/common.ts';

const EN = 'en-US';

function trimmed(n: number, maxFraction: number, lang: Lang): string {
	return new Intl.NumberFormat(lang === 'en' ? EN : 'zh-CN', {
		maximumFractionDigits: maxFraction,
		useGrouping: lang === 'en',
	}).format(n);
}

/** A plain count in Chinese: 1200, 2.5万, 10万, 5000亿. */
export function zhCount(n: number): string {
	if (n >= 1e8) return `${trimmed(n / 1e8, 2, 'zh')}亿`;
	if (n >= 1e4) return `${trimmed(n / 1e4, 2, 'zh')}万`;
	return trimmed(n, 2, 'zh');
}

/** Units that count whole things: their chart axes tick in whole numbers only. */
export const COUNT_UNITS: readonly Unit[] = ['jobs', 'homes', 'buildings', 'gpus', 'promises'];

/** One number in a unit, without qualifier: `$19B`, `190亿美元`, `1,200 MW`, `1200兆瓦`. */
export function formatNumber(n: number, unit: Unit, lang: Lang): string {
	if (lang === 'en') {
		switch (unit) {
			case 'usd-billion':
				return n >= 1 || n === 0 ? `$${trimmed(n, 2, 'en')}B` : `$${trimmed(n * 1000, 0, 'en')}M`;
			case 'gw':
				return `${trimmed(n, 2, 'en')} GW`;
			case 'mw':
				return `${trimmed(n, 1, 'en')} MW`;
			case 'twh':
				return `${trimmed(n, 1, 'en')} TWh`;
			case 'percent':
				return `${trimmed(n, 1, 'en')}%`;
			case 'jobs':
				return `${trimmed(n, 0, 'en')} ${n === 1 ? 'job' : 'jobs'}`;
			case 'homes':
				return `${trimmed(n, 0, 'en')} homes`;
			case 'buildings':
				return `${trimmed(n, 0, 'en')} ${n === 1 ? 'building' : 'buildings'}`;
			case 'gpus':
				return `${trimmed(n, 0, 'en')} GPUs`;
			case 'sq-ft':
				return `${trimmed(n, 0, 'en')} sq ft`;
			case 'promises':
				return `${trimmed(n, 0, 'en')} ${n === 1 ? 'promise' : 'promises'}`;
		}
	}
	switch (unit) {
		case 'usd-billion':
			return `${zhCount(n * 1e9)}美元`;
		case 'gw':
			return `${trimmed(n, 2, 'zh')}吉瓦`;
		case 'mw':
			return `${trimmed(n, 1, 'zh')}兆瓦`;
		case 'twh':
			// 太瓦时, as Chinese reporting on data-centre power (and our articles) write it.
			return `${trimmed(n, 1, 'zh')}太瓦时`;
		case 'percent':
			return `${trimmed(n, 1, 'zh')}%`;
		case 'jobs':
			return `${zhCount(n)}个岗位`;
		case 'homes':
			return `${zhCount(n)}户`;
		case 'buildings':
			return `${zhCount(n)}栋`;
		case 'gpus':
			return `${zhCount(n)}块GPU`;
		case 'sq-ft':
			return `${zhCount(n)}平方英尺`;
		case 'promises':
			return `${zhCount(n)}项承诺`;
	}
}

const QUALIFIER_TEXT: Record<Lang, Record<Qualifier, string>> = {
	en: { about: 'about ', 'more-than': 'more than ', 'at-least': 'at least ', 'up-to': 'up to ', nearly: 'nearly ' },
	zh: { about: '约', 'more-than': '超过', 'at-least': '至少', 'up-to': '最多', nearly: '近' },
};

/** Short signs for chart ticks and labels where words do not fit. */
const QUALIFIER_SIGN: Record<Qualifier, string> = { about: '~', 'more-than': '>', 'at-least': '≥', 'up-to': '≤', nearly: '~' };

/** `$19B`+`$23B` → `$19–23B`; `3250亿千瓦时`+`5800亿千瓦时` → `3250–5800亿千瓦时`: the unit is said once. */
export function joinRange(low: string, high: string): string {
	let shared = 0;
	while (shared < Math.min(low.length, high.length) && low.at(-1 - shared) === high.at(-1 - shared) && !/[0-9]/.test(low.at(-1 - shared) ?? '')) shared += 1;
	const lowPart = low.slice(0, low.length - shared);
	const highPart = low.startsWith('$') && high.startsWith('$') ? high.slice(1) : high;
	return `${lowPart}–${highPart}`;
}

/** A value (number or range) with its qualifier, as a reader sees it in a table or a sentence. */
export function formatValue(value: Value, unit: Unit, lang: Lang, options: { qualifier?: Qualifier | undefined; compact?: boolean } = {}): string {
	const text =
		typeof value === 'number' ? formatNumber(value, unit, lang) : joinRange(formatNumber(value.low, unit, lang), formatNumber(value.high, unit, lang));
	if (!options.qualifier) return text;
	return options.compact ? `${QUALIFIER_SIGN[options.qualifier]}${text}` : `${QUALIFIER_TEXT[lang][options.qualifier]}${text}`;
}

/** The unit's name for captions, as the page's figures count: "US dollars, billions", "亿美元" ... */
export function unitLabel(unit: Unit, lang: Lang): string {
	const labels: Record<Unit, [string, string]> = {
		'usd-billion': ['US dollars, billions', '亿美元'],
		gw: ['gigawatts (GW)', '吉瓦（GW）'],
		mw: ['megawatts (MW)', '兆瓦（MW）'],
		twh: ['terawatt-hours (TWh) per year', '太瓦时/年'],
		percent: ['percent', '百分比'],
		jobs: ['jobs', '岗位数'],
		homes: ['homes', '户数'],
		buildings: ['buildings', '栋数'],
		gpus: ['GPUs', 'GPU数量'],
		'sq-ft': ['square feet', '平方英尺'],
		promises: ['promises', '承诺数'],
	};
	return labels[unit][lang === 'en' ? 0 : 1];
}

/**
 * The unit of the raw numbers in the downloads (CSV, JSON) and on the data hub. The pages count Chinese money
 * in 亿 (190亿美元) but the files, shared by both languages, hold billions (19): a Chinese reader must be told.
 */
export function dataUnitLabel(unit: Unit, lang: Lang): string {
	return unit === 'usd-billion' && lang === 'zh' ? '十亿美元（换算为亿美元须乘以10）' : unitLabel(unit, lang);
}

const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** `2025-01-21` → `January 21, 2025` / `2025年1月21日`; `2025-06` → `June 2025` / `2025年6月`. */
export function formatDate(iso: string, lang: Lang): string {
	const [y, m, d] = iso.split('-').map(Number);
	if (!y || !m) return iso;
	if (lang === 'zh') return d ? `${y}年${m}月${d}日` : `${y}年${m}月`;
	const month = MONTHS_EN[m - 1];
	return d ? `${month} ${d}, ${y}` : `${month} ${y}`;
}

/** The latest of a list of ISO dates (string order is date order for YYYY-MM[-DD]). */
export function latestDate(dates: readonly string[]): string {
	return [...dates].sort().at(-1) ?? '';
}

/** A parenthetical after a word: full-width brackets, no space, in Chinese; a space and ASCII brackets in English. */
export const aside = (text: string | number, lang: Lang) => (lang === 'zh' ? `（${text}）` : ` (${text})`);

/**
 * Marks that differ by language, for text put together in code: Chinese sets full-width marks with no
 * space after them, and no space between one sentence and the next.
 */
export const PUNCT = {
	en: { colon: ': ', comma: ', ', list: ', ', semicolon: '; ', sentenceGap: ' ' },
	zh: { colon: '：', comma: '，', list: '、', semicolon: '；', sentenceGap: '' },
} as const satisfies Record<Lang, { colon: string; comma: string; list: string; semicolon: string; sentenceGap: string }>;

/** A label before its value: `Sources: `, `来源：`. */
export const withColon = (label: string, lang: Lang) => `${label}${PUNCT[lang].colon}`;

/** Names as running text, as each language lists them: "A, B and C", "A、B和C" (the last joined with 和). */
export function listText(names: readonly string[], lang: Lang): string {
	if (names.length < 2) return names.join('');
	const last = names.at(-1)!;
	return `${names.slice(0, -1).join(PUNCT[lang].list)}${lang === 'zh' ? '和' : ' and '}${last}`;
}
