import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { element, width, embedDocs, storyWork, type Attributes } from './support.js';

const FALLBACK = `<p>¿Dudas sobre una oferta de trabajo o sobre tu trabajo? Llama gratis al <a href="tel:1818">1818, opción 1</a>.</p>`;

type Answer = 'yes' | 'no' | 'unsure';

/** Walks the quiz to its result, one answer per question, as a reader would click. */
async function answerAll(
  quiz: HTMLElement & { updateComplete: Promise<unknown> },
  answerFor: (index: number) => Answer,
) {
  await quiz.updateComplete;
  const root = quiz.shadowRoot;
  for (let i = 0; root && i < 30 && !root.querySelector('[part=result]'); i++) {
    root.querySelector<HTMLInputElement>(`input[value=${answerFor(i)}]`)?.click();
    await quiz.updateComplete;
    [...root.querySelectorAll<HTMLButtonElement>('.nav button')].at(-1)?.click();
    await quiz.updateComplete;
  }
}

/** A result story: the quiz walked to its result when rendered, so the docs page shows it too. */
const result = (answerFor: (index: number) => Answer) => (args: Attributes) => {
  const quiz = element('ct-risk-quiz', args, FALLBACK) as HTMLElement & { updateComplete: Promise<unknown> };
  storyWork.set(quiz, answerAll(quiz, answerFor));
  return quiz;
};

const meta: Meta<Attributes> = {
  title: 'Elements/Risk quiz',
  component: 'ct-risk-quiz',
  tags: ['autodocs'],
  render: (args) => element('ct-risk-quiz', args, FALLBACK),
  parameters: embedDocs(
    'A private self-check that always ends at the hotline. The answers never leave the element.',
    'ct-risk-quiz',
    FALLBACK,
  ),
};
export default meta;

type Story = StoryObj<Attributes>;

export const Start: Story = {};
export const OfferPath: Story = { args: { path: 'offer' } };
export const WorkPath: Story = { args: { path: 'work' } };
/** A strong sign (documents kept by someone else): the line comes first. */
export const ResultSerious: Story = {
  args: { path: 'work' },
  render: result((i) => (i === 5 ? 'yes' : 'no')),
};
export const ResultSome: Story = {
  args: { path: 'offer' },
  render: result((i) => (i < 2 ? 'yes' : 'no')),
};
export const ResultNone: Story = {
  args: { path: 'offer' },
  render: result(() => 'no'),
};
export const Dark: Story = { args: { path: 'offer', theme: 'dark' } };
export const Phone320: Story = {
  args: { path: 'work' },
  render: (args) => width(320, element('ct-risk-quiz', args, FALLBACK)),
};
export const HeadingLevel4: Story = { args: { 'heading-level': '4' } };
/** Bad values: each gives one console warning and the quiz keeps its defaults. */
export const BadInput: Story = {
  args: { path: 'later', 'heading-level': '9', 'exit-url': 'data:text/html,x', theme: 'neon' },
};
