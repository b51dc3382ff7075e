/**
 * Build-time settings a deployment changes without touching code (README,
 * "Settings"). Read once from the environment when the site is built; the
 * defaults are placeholders that say so, so a real deployment sets both.
 */

/** Who publishes the site: shown in the footer, on the about page and as the feeds' author. */
export const PUBLISHER_NAME = process.env.PUBLISHER_NAME?.trim() || 'Stargate, explained (independent volunteers)';

/**
 * Where "Suggest a correction" sends a reader: a `mailto:` address, or an issue tracker's
 * "new issue" URL with `{title}` and `{body}` placeholders, for example
 * `https://github.com/OWNER/REPO/issues/new?title={title}&body={body}`.
 */
export const CORRECTIONS_TO = process.env.CORRECTIONS_TO?.trim() || 'mailto:corrections@stargate-explained.example';
