/** The real content/, read and validated once per test file, as the build reads it. */
import { readContent } from '../../src/content-model/read.ts';
import { validateContent } from '../../src/content-model/validate.ts';
import { CONTENT_ROOT } from './project.ts';

export const { content } = validateContent(readContent(CONTENT_ROOT));
