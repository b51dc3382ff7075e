import { expect, test } from 'vitest';
import { matchesMulti, queryFromSelection, selectionFromQuery } from '../../src/lib/promises/filters.ts';

const DIMS = ['status', 'site', 'partner'];

test('reads known dimensions from the query, ignoring unknown keys and empty values', () => {
	expect(selectionFromQuery('?status=overdue,kept&site=abilene&colour=red&partner=', DIMS)).toEqual({ status: ['overdue', 'kept'], site: ['abilene'], partner: [] });
	expect(selectionFromQuery('?status=kept&status=missed', DIMS).status).toEqual(['kept', 'missed']);
});

test('writes only dimensions with a selection, and nothing when none', () => {
	expect(queryFromSelection({ status: ['overdue', 'kept'], site: [], partner: ['openai'] })).toBe('?status=overdue,kept&partner=openai');
	expect(queryFromSelection({ status: [], site: [] })).toBe('');
});

test('round-trips', () => {
	const selection = { status: ['pending'], site: ['uae', 'norway'], partner: [] };
	expect(selectionFromQuery(queryFromSelection(selection), DIMS)).toEqual(selection);
});

test('OR within a dimension, AND across, several values per entry', () => {
	const item = { status: 'pending', site: 'lordstown milam', partner: 'softbank openai' };
	expect(matchesMulti(item, { status: [], site: [], partner: [] })).toBe(true);
	expect(matchesMulti(item, { site: ['milam'] })).toBe(true);
	expect(matchesMulti(item, { site: ['abilene', 'lordstown'], partner: ['openai'] })).toBe(true);
	expect(matchesMulti(item, { site: ['milam'], status: ['kept'] })).toBe(false);
	expect(matchesMulti({ status: 'kept', site: '' }, { site: ['abilene'] })).toBe(false);
});
