/**
 * The map data the site map is drawn from, read at build time only (nothing
 * here reaches the browser): us-atlas states in Albers USA screen units and
 * world-atlas countries at 1:110m.
 */
import type { Topology } from 'topojson-specification';
import usStates from 'us-atlas/states-albers-10m.json' with { type: 'json' };
import worldCountries from 'world-atlas/countries-110m.json' with { type: 'json' };
import type { Atlases } from './model.ts';

export const ATLASES: Atlases = {
	usStates: usStates as unknown as Topology,
	worldCountries: worldCountries as unknown as Topology,
};
