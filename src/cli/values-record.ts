/**
 * `npm run values:record`: writes content/published-values.json, the record of
 * every published dataset value (src/lib/values/record.ts). Run it when a
 * release is reviewed: the diff shows every value that changed, and each must
 * already be named by a changelog `changes` item (the content tests check).
 *
 *   npm run values:record                    # from content/ as it is now
 *   npm run values:record -- --at 114d11f    # from the datasets of a commit (the baseline)
 *   npm run values:record -- --check         # exit 1 when the file is out of date; writes nothing
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { datasetSchema, type Dataset } from '../schemas/dataset.ts';
import { contentRoot, loadContent } from '../content-model/index.ts';
import { recordOf, serializeRecord } from '../lib/values/record.ts';

const args = process.argv.slice(2);
const at = args.includes('--at') ? args[args.indexOf('--at') + 1] : undefined;
const git = (...gitArgs: string[]) => execFileSync('git', gitArgs, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });

function datasetsAt(commit: string): Dataset[] {
	const files = git('ls-tree', '--name-only', commit, 'content/datasets/')
		.split('\n')
		.filter((file) => file.endsWith('.yaml'));
	return files.map((file) => datasetSchema.parse(parseYaml(git('show', `${commit}:${file}`))));
}

const datasets = at ? datasetsAt(at) : loadContent().datasets;
const text = serializeRecord(recordOf(datasets));
const target = resolve(contentRoot(), 'published-values.json');

if (args.includes('--check')) {
	let current = '';
	try {
		current = readFileSync(target, 'utf8');
	} catch {}
	if (current !== text) {
		console.error(`${target} is out of date: run npm run values:record`);
		process.exit(1);
	}
	console.log('Published values record is up to date.');
} else {
	writeFileSync(target, text);
	console.log(`Wrote ${target}: ${text.split('\n').length - 3} values${at ? ` as of ${at}` : ''}.`);
}
