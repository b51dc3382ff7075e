/** Retired section ids (article frontmatter `aliases`: old id → current id) that point at `id`. */
export function aliasesOf(aliases: Readonly<Record<string, string>> | undefined, id: string): string[] {
	return Object.entries(aliases ?? {})
		.filter(([, current]) => current === id)
		.map(([old]) => old)
		.sort();
}
