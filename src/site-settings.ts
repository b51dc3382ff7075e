/**
 * Build-time settings a deployment changes without touching code (README,
 * "Settings"). Read once from the environment when the site is built; the
 * defaults are placeholders that say so, so a real deployment sets both.
 */

const ownPublisher = process.env.PUBLISHER_NAME?.trim();

/**
 * Who publishes the site, in each language: shown in the footer, on the about page and as the feeds'
 * author. A deployment that sets PUBLISHER_NAME alone shows that name on both (an organisation's name
 * is usually the same); PUBLISHER_NAME_ZH gives a Chinese one.
 */
export const PUBLISHER_NAME = {
	en: ownPublisher || 'Stargate, explained (independent volunteers)',
	zh: process.env.PUBLISHER_NAME_ZH?.trim() || ownPublisher || '星际之门，一文读懂（独立志愿者）',
} as const;

/**
 * Where "Suggest a correction" sends a reader: a `mailto:` address, or an issue tracker's
 * "new issue" URL with `{title}` and `{body}` placeholders, for example
 * `https://github.com/OWNER/REPO/issues/new?title={title}&body={body}`.
 */
export const CORRECTIONS_TO = process.env.CORRECTIONS_TO?.trim() || 'mailto:corrections@stargate-explained.example';
