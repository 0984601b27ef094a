import { KIT } from './kit.generated.js';
import { FACTS } from './facts.generated.js';
import { QUIZ } from './quiz.generated.js';
import type { PressKitData } from './types.js';

export type * from './types.js';
export { KIT };

/**
 * The whole press kit as the elements see it, for bundler users and tests. The elements import
 * only the part they show (`KIT`, `FACTS`, `QUIZ`), so the embed's main script carries no facts.
 */
export const PRESS_KIT: PressKitData = { ...KIT, facts: FACTS, quiz: QUIZ };
