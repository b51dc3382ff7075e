/**
 * The module specifiers a built (minified) JavaScript file imports: static
 * ones load with it, dynamic `import()` ones load later, on demand. The
 * performance budgets follow these to know which bytes a page pays for up
 * front and which only when a chart nears the viewport.
 * Built by Vite/Rolldown, specifiers are plain string literals, so a
 * scan is exact here; it is not a general JavaScript parser.
 */

export interface ModuleImports {
	static: string[];
	dynamic: string[];
}

// `import x from "../a.js"`, `import{a as b}from"../a.js"`, `import"../a.js"`, `export{a}from"../a.js"`, `export*from"../a.js"`.
const STATIC = /(?<![\w$.])(?:import\s*(?:[\w$*{}\s,]+?\s*from\s*)?|export\s*(?:\*(?:\s*as\s+[\w$]+)?|\{[^}]*\})\s*from\s*)(["'`])([^"'`\n]+)\1/g;
// `import("../a.js")` with a literal specifier; `import.meta` and `import(variable)` do not match.
const DYNAMIC = /(?<![\w$.])import\s*\(\s*(["'`])([^"'`\n]+)\1\s*\)/g;

export function importsOf(code: string): ModuleImports {
	// A template literal with `${…}` is computed at run time (e.g. Pagefind's URL from the base): not a file in the build.
	const unique = (re: RegExp) => [...new Set([...code.matchAll(re)].map((m) => m[2]!).filter((specifier) => !specifier.includes('${')))];
	return { static: unique(STATIC), dynamic: unique(DYNAMIC) };
}
