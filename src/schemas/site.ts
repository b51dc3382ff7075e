import { z } from 'astro/zod';
import { asciiId, isoDate, localized, sourceIds, statedFigure } from './common.ts';

export const SITE_STATUSES = ['operating', 'under-construction', 'announced', 'paused-or-dropped'] as const;
export type SiteStatus = (typeof SITE_STATUSES)[number];

export const POWER_KINDS = ['grid', 'gas', 'solar-storage', 'wind', 'hydro', 'nuclear', 'battery', 'other'] as const;
export type PowerKind = (typeof POWER_KINDS)[number];

/** Capacity in MW; `alternatives` carries other sourced figures where sources conflict. */
const capacity = statedFigure.extend({
	alternatives: z.array(statedFigure).optional(),
});

/** A job figure; construction and permanent jobs are separate fields and never summed. */
const jobs = statedFigure.extend({ alternatives: z.array(statedFigure).optional() });

export const siteSchema = z.strictObject({
	/** Also names the site's page (`content/sites/<lang>/<id>.mdx`, `/sites/<id>/`) and its entry on the overview (`#site-<id>`). */
	id: asciiId,
	name: localized,
	/** ISO 3166-1 alpha-2 country code. */
	country: z.string().regex(/^[A-Z]{2}$/),
	/** State / county or region, for lists and the map legend. */
	region: localized,
	location: z.strictObject({
		lat: z.number().min(-90).max(90),
		lon: z.number().min(-180).max(180),
		/** What the point marks: "county seat", "published address" ... */
		basis: localized,
		sources: sourceIds,
	}),
	/** Partner ids of the companies building or operating the campus. */
	developers: z.array(asciiId).min(1),
	/** Partner ids of tenants, funders, power suppliers. */
	partners: z.array(asciiId),
	announced: isoDate,
	/** Planned capacity in MW; null when no source gives one. */
	capacityMw: capacity.nullable(),
	status: z.strictObject({
		value: z.enum(SITE_STATUSES),
		asOf: isoDate,
		note: localized,
		sources: sourceIds,
	}),
	jobs: z.strictObject({
		construction: jobs.nullable(),
		permanent: jobs.nullable(),
	}),
	power: z.strictObject({
		kinds: z.array(z.enum(POWER_KINDS)).min(1),
		/** On-site generation capacity in MW where a filing or release gives it. */
		onSiteMw: statedFigure.nullable(),
		note: localized,
		sources: sourceIds,
	}),
	sources: sourceIds,
});
export type Site = z.infer<typeof siteSchema>;
