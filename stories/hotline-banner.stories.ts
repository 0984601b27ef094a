import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { element, width, embedDocs, type Attributes } from './support.js';

const FALLBACK = `<p><strong>Línea contra la trata de personas:</strong> llama gratis al <a href="tel:1818">1818, opción 1</a>. Confidencial, las 24 horas.</p>`;

const meta: Meta<Attributes> = {
  title: 'Elements/Hotline banner',
  component: 'ct-hotline-banner',
  tags: ['autodocs'],
  render: (args) => element('ct-hotline-banner', args, FALLBACK),
  args: { layout: 'inline', 'quick-exit': true },
  parameters: embedDocs(
    'The national line against trafficking (1818, option 1, from the press kit), with a call link and an optional quick exit.',
    'ct-hotline-banner',
    FALLBACK,
    { 'quick-exit': true },
  ),
};
export default meta;

type Story = StoryObj<Attributes>;

export const Inline: Story = {};
export const BarTop: Story = { args: { layout: 'bar', position: 'top', dismissible: true } };
export const BarBottom: Story = { args: { layout: 'bar', position: 'bottom' } };
export const Compact: Story = { args: { layout: 'compact', 'quick-exit': false } };
export const Dismissible: Story = { args: { dismissible: true } };
export const WithoutQuickExit: Story = { args: { 'quick-exit': false } };
export const Dark: Story = { args: { theme: 'dark', dismissible: true } };
export const RegionalLine: Story = { args: { phone: '+51 (84) 555-0100', label: 'Línea regional de Cusco' } };
export const LongLabel: Story = {
  args: {
    label:
      'Línea gratuita y confidencial de orientación y denuncia contra la trata de personas y la explotación laboral',
    dismissible: true,
  },
};
export const Phone320: Story = {
  args: { dismissible: true },
  render: (args) => width(320, element('ct-hotline-banner', args, FALLBACK)),
};
/** The bar on a 320 px phone: one row, the number as the call link, the exit apart at the end. */
export const PhoneBar320: Story = {
  args: { layout: 'bar', dismissible: true },
  render: (args) => width(320, element('ct-hotline-banner', args, FALLBACK)),
};
/** A site with its own fixed header 4em high: the stuck bar sits below it (--ct-offset-top). */
export const UnderAFixedHeader: Story = {
  args: { layout: 'bar', position: 'top', dismissible: true },
  render: (args) => {
    const bar = element('ct-hotline-banner', args, FALLBACK);
    bar.style.setProperty('--ct-offset-top', '4em');
    const frame = document.createElement('div');
    frame.style.cssText = 'height:16em;overflow:auto;outline:1px dashed #999';
    const header = document.createElement('header');
    header.style.cssText = 'position:sticky;top:0;height:4em;background:#7a0019;color:#fff;padding:0.5em;z-index:1';
    header.textContent = 'Diario del Sur';
    const article = document.createElement('p');
    article.style.height = '40em';
    article.textContent = 'Scroll: the bar stays under the header.';
    frame.append(header, bar, article);
    return frame;
  },
};
/** theme="auto": light or dark as the reader's system is; the default stays light. */
export const ThemeAuto: Story = { args: { theme: 'auto', dismissible: true } };
export const Wide1200: Story = {
  args: { layout: 'bar' },
  render: (args) => width(1200, element('ct-hotline-banner', args, FALLBACK)),
};
/**
 * Theming from the partner's stylesheet: the --ct-* custom properties (here the accent and the
 * radius) and ::part() (here the exit's label in capitals). Both are listed under "css custom
 * properties" and "css shadow parts" below.
 */
export const Theming: Story = {
  args: { layout: 'inline', dismissible: true },
  render: (args) => {
    const frame = document.createElement('div');
    const style = document.createElement('style');
    style.textContent = `
      .partner-theme ct-hotline-banner { --ct-color-accent: #14532d; --ct-color-bg: #f0fdf4; --ct-radius: 0; }
      .partner-theme ct-hotline-banner::part(exit) { text-transform: uppercase; }`;
    frame.className = 'partner-theme';
    frame.append(style, element('ct-hotline-banner', args, FALLBACK));
    return frame;
  },
};
/** Bad values: each gives one console warning and the element keeps its defaults. */
export const BadInput: Story = {
  args: {
    layout: 'sideways',
    position: 'middle',
    phone: '<script>alert(1)</script>',
    'exit-url': 'javascript:alert(1)',
    theme: 'neon',
  },
};
