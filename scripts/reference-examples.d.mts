// Types of scripts/reference-examples.mjs for the tests that import it.
export const REFERENCE_PATH: string;
export const FIXTURE_PATH: string;
export function sections(text: string): Record<string, string>;
export function extractReferenceExamples(text: string): {
  comment: string;
  sectionHashes: Record<string, string>;
  examples: unknown[];
};
