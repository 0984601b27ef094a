import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { element, width, embedDocs, type Attributes } from './support.js';

const FALLBACK = `<p>Más de 11,000 llamadas a la línea entre 2006 y 2008 (OIM, 2008). La línea hoy: <a href="tel:1818">1818, opción 1</a>.</p>`;

const meta: Meta<Attributes> = {
  title: 'Elements/Fact sheet',
  component: 'ct-fact-sheet',
  tags: ['autodocs'],
  render: (args) => element('ct-fact-sheet', args, FALLBACK),
  parameters: embedDocs(
    'Sourced, dated facts from the press kit, each with "copy with citation".',
    'ct-fact-sheet',
    FALLBACK,
    { facts: 'photo-exhibit-visitors-2008,law-28950-2007' },
  ),
};
export default meta;

type Story = StoryObj<Attributes>;

export const AllFacts: Story = {};
export const ChosenFacts: Story = {
  args: { facts: 'photo-exhibit-visitors-2008,cases-referred-to-police-2008,national-plan-of-action-2007' },
};
export const List: Story = { args: { layout: 'list', topic: 'law' } };
export const TopicCampaign: Story = { args: { topic: 'campaign' } };
export const TopicHotline: Story = { args: { topic: 'hotline' } };
export const TopicPatterns: Story = { args: { topic: 'patterns' } };
export const TopicFigures: Story = { args: { topic: 'figures' } };
export const WithoutSources: Story = { args: { topic: 'figures', 'hide-sources': true } };
export const Dark: Story = { args: { topic: 'campaign', theme: 'dark' } };
export const LongHeading: Story = {
  args: {
    topic: 'law',
    heading: 'Lo que dice la ley peruana sobre la trata de personas y la explotación, con sus fuentes',
    'heading-level': '3',
  },
};
export const Phone320: Story = {
  args: { topic: 'figures' },
  render: (args) => width(320, element('ct-fact-sheet', args, FALLBACK)),
};
/** Unknown ids: one warning listing them and the valid ids; the known ones render. */
export const BadInput: Story = { args: { facts: 'no-such-fact,play-viewers-2008', topic: 'sports', layout: 'grid' } };
/** The deprecated show-sources="false": still hides the sources, with one warning to use hide-sources. */
export const DeprecatedShowSources: Story = { args: { topic: 'figures', 'show-sources': 'false' } };
/**
 * Where the browser refuses the clipboard: the whole citation (statement, sources with their
 * titles and URLs, the press-kit version) is shown and selected, to copy by hand.
 */
export const CopyRefused: Story = {
  args: { facts: 'national-line-1818' },
  play: async ({ canvasElement }) => {
    const sheet = canvasElement.querySelector('ct-fact-sheet');
    // Refused for this one click only: an own property over the browser's, removed afterwards.
    Object.defineProperty(navigator, 'clipboard', {
      configurable: true,
      value: { writeText: () => Promise.reject(new DOMException('Refused', 'NotAllowedError')) },
    });
    try {
      const copied = new Promise((resolve) => sheet?.addEventListener('ct-copy', resolve, { once: true }));
      sheet?.shadowRoot?.querySelector<HTMLButtonElement>('[part=copy]')?.click();
      await copied;
    } finally {
      Reflect.deleteProperty(navigator, 'clipboard');
    }
  },
};
