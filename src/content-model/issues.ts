/** A problem found in a content file: where it is (file, entry, field) and what is wrong. */
export interface ContentIssue {
	/** Path relative to the project root, e.g. `content/datasets/equity.yaml`. */
	file: string;
	/** The entry inside the file, e.g. `source "openai-2025-01-21"` or `points[2]`. */
	entry: string;
	/** Dotted path of the field, e.g. `points[2].value`, or `(entry)` for the whole entry. */
	field: string;
	message: string;
}

/** Zod-style path → `points[2].label.zh`. */
export function formatPath(path: readonly PropertyKey[]): string {
	let out = '';
	for (const part of path) {
		if (typeof part === 'number') out += `[${part}]`;
		else out += out ? `.${String(part)}` : String(part);
	}
	return out || '(entry)';
}

/** One line per issue, the form the build prints and the tests assert. */
export function formatIssue(issue: ContentIssue): string {
	return `${issue.file} › ${issue.entry} › ${issue.field}: ${issue.message}`;
}

export class ContentValidationError extends Error {
	readonly issues: ContentIssue[];
	constructor(issues: ContentIssue[]) {
		const lines = issues.map((issue) => `  - ${formatIssue(issue)}`);
		super(`Content check failed (${issues.length} problem${issues.length === 1 ? '' : 's'}):\n${lines.join('\n')}`);
		this.name = 'ContentValidationError';
		this.issues = issues;
	}
}
