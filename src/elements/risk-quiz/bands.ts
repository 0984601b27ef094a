import type { Band, Question } from '../../data/types.js';

export type Answer = 'yes' | 'no' | 'unsure';

export interface Concern {
  question: Question;
  answer: Exclude<Answer, 'no'>;
}

export interface QuizResult {
  band: Band;
  /** The answers that raised concern, in question order: every "yes", and "not sure" on a strong sign. */
  concerns: Concern[];
}

/**
 * The result of the self-check. One strong sign is enough on its own (ILO: some indicators point
 * to forced labour alone), so this is not a plain sum:
 * - "yes" to any strong indicator: signs of serious risk;
 * - two or more other "yes", or "not sure" on a strong indicator: some warning signs;
 * - otherwise: no warning signs in these answers (never "you are safe").
 * Unanswered questions count as nothing.
 */
export function scoreQuiz(questions: readonly Question[], answers: ReadonlyMap<string, Answer>): QuizResult {
  const concerns: Concern[] = [];
  let strongYes = 0;
  let strongUnsure = 0;
  let otherYes = 0;
  for (const question of questions) {
    const answer = answers.get(question.id);
    const strong = question.weight === 'strong';
    if (answer === 'yes') {
      concerns.push({ question, answer });
      if (strong) strongYes++;
      else otherYes++;
    } else if (answer === 'unsure' && strong) {
      concerns.push({ question, answer });
      strongUnsure++;
    }
  }
  const band: Band = strongYes ? 'serious' : otherYes >= 2 || strongUnsure ? 'some' : 'none';
  return { band, concerns };
}
