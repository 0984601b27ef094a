import { expect } from '@open-wc/testing';
import { scoreQuiz, type Answer } from '../../../src/elements/risk-quiz/bands.js';
import { PRESS_KIT } from '../../../src/data/press-kit.js';
import type { Question } from '../../../src/data/types.js';

const q = (id: string, weight: 'strong' | 'other'): Question => ({
  id,
  indicator: id,
  weight,
  text: { es: id, en: id, pt: id },
});
const QUESTIONS = [q('s1', 'strong'), q('s2', 'strong'), q('o1', 'other'), q('o2', 'other'), q('o3', 'other')];
const answers = (entries: Record<string, Answer>) => new Map(Object.entries(entries));

describe('scoreQuiz: the result bands', () => {
  it('all "no" gives no warning signs', () => {
    expect(scoreQuiz(QUESTIONS, answers({ s1: 'no', s2: 'no', o1: 'no', o2: 'no', o3: 'no' }))).to.deep.equal({
      band: 'none',
      concerns: [],
    });
  });

  it('unanswered questions count as nothing', () => {
    expect(scoreQuiz(QUESTIONS, new Map()).band).to.equal('none');
  });

  for (const id of ['s1', 's2'])
    it(`"yes" to the strong indicator ${id} alone gives serious risk`, () => {
      const result = scoreQuiz(QUESTIONS, answers({ [id]: 'yes' }));
      expect(result.band).to.equal('serious');
      expect(result.concerns.map((c) => [c.question.id, c.answer])).to.deep.equal([[id, 'yes']]);
    });

  it('one other "yes" alone is not yet a warning', () => {
    expect(scoreQuiz(QUESTIONS, answers({ o1: 'yes' })).band).to.equal('none');
  });

  it('two other "yes" give some warning signs', () => {
    expect(scoreQuiz(QUESTIONS, answers({ o1: 'yes', o3: 'yes' })).band).to.equal('some');
  });

  it('"not sure" on a strong indicator gives some warning signs and is listed', () => {
    const result = scoreQuiz(QUESTIONS, answers({ s2: 'unsure', o1: 'no' }));
    expect(result.band).to.equal('some');
    expect(result.concerns.map((c) => [c.question.id, c.answer])).to.deep.equal([['s2', 'unsure']]);
  });

  it('"not sure" on other indicators alone raises nothing', () => {
    expect(scoreQuiz(QUESTIONS, answers({ o1: 'unsure', o2: 'unsure', o3: 'unsure' })).band).to.equal('none');
  });

  it('all "not sure" gives some warning signs', () => {
    const all = Object.fromEntries(QUESTIONS.map((x) => [x.id, 'unsure' as Answer]));
    expect(scoreQuiz(QUESTIONS, answers(all)).band).to.equal('some');
  });

  it('a strong "yes" outweighs everything else, and concerns keep question order', () => {
    const result = scoreQuiz(QUESTIONS, answers({ o2: 'yes', s2: 'yes', s1: 'unsure', o1: 'no' }));
    expect(result.band).to.equal('serious');
    expect(result.concerns.map((c) => c.question.id)).to.deep.equal(['s1', 's2', 'o2']);
  });

  it('every path of the press kit has strong indicators, so a serious result is reachable', () => {
    for (const path of PRESS_KIT.quiz.paths) {
      expect(
        path.questions.some((x) => x.weight === 'strong'),
        path.id,
      ).to.be.true;
      expect(path.questions.filter((x) => x.weight === 'other').length, path.id).to.be.at.least(2);
    }
  });

  it('the strong indicators are the ones the research names', () => {
    const strong = new Set(
      PRESS_KIT.quiz.paths.flatMap((p) => p.questions.filter((x) => x.weight === 'strong').map((x) => x.indicator)),
    );
    expect([...strong].sort()).to.deep.equal(
      [
        'debt-bondage',
        'intimidation-and-threats',
        'lying-to-authorities',
        'physical-and-sexual-violence',
        'restriction-of-movement',
        'retention-of-documents',
      ].sort(),
    );
  });
});
