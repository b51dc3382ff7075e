/** The label before a list of sources, as every source list on the site writes it. */
import type { Lang } from '../../schemas/common.ts';
import { t } from '../../i18n/ui.ts';
import { withColon } from '../format.ts';

/** `Source: ` for one, `Sources: ` for more; `来源：` either way. */
export const sourcesLabel = (count: number, lang: Lang) => withColon(t(lang, count > 1 ? 'figure.sources' : 'figure.source'), lang);
