import { FACTS } from '../../data/facts.generated.js';
import { FACTS_STRINGS } from '../../i18n/locales.js';
import { registerContent } from '../../core/content.js';
import type { Fact, Lang } from '../../data/types.js';

/** The name of the fact sheet's content (src/core/content.ts): its tag, whose files carry it. */
export const FACT_SHEET = 'ct-fact-sheet';

/** What the fact sheet shows in one language: the facts, with their texts in it. */
export interface FactSheetContent {
  facts: Fact[];
}

// Every language of the strings: all of them here, one in each of the embed's files (rollup.config.mjs).
for (const [lang, strings] of Object.entries(FACTS_STRINGS))
  registerContent(FACT_SHEET, lang as Lang, { facts: FACTS } satisfies FactSheetContent, strings);
