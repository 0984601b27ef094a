import { expect } from '@open-wc/testing';
import { html, render } from 'lit';
import sinon from 'sinon';
import { prepareTemplates } from '../../src/core/templates.js';

/** A fresh tree of templates each call: Lit knows a template by its strings, so each test has its own. */
const tree = (onClick: () => void, items: string[]) =>
  html`<section class=${'outer'}>
    ${html`<p @click=${onClick}>${'inner'}</p>`}
    <ul>
      ${items.map((item) => html`<li>${item}</li>`)}
    </ul>
  </section>`;

describe('prepareTemplates', () => {
  afterEach(() => sinon.restore());

  it('prepares each template once, nested and in arrays, one per task, without running its values', async () => {
    const scheduler = (globalThis as unknown as { scheduler: { yield: () => Promise<void> } }).scheduler;
    const tasks = sinon.spy(scheduler, 'yield');
    const clones = sinon.spy(document, 'importNode');
    const onClick = sinon.spy();
    const before = document.body.innerHTML;

    await prepareTemplates(tree(onClick, ['a', 'b', 'c']));
    // Three templates: the section, the paragraph, and the list item (the same for every item).
    expect(clones.callCount).to.equal(3);
    expect(tasks.callCount).to.equal(3);
    expect(onClick.called).to.equal(false);
    expect(document.body.innerHTML).to.equal(before);

    clones.resetHistory();
    await prepareTemplates(tree(onClick, ['d']));
    expect(clones.callCount, 'prepared already').to.equal(0);
  });

  it('leaves the first render the same: the prepared templates filled with their values', async () => {
    const onClick = sinon.spy();
    const make = (items: string[]) =>
      html`<div class=${'box'}>${html`<b @click=${onClick}>${'bold'}</b>`}${items.map((i) => html`<i>${i}</i>`)}</div>`;
    await prepareTemplates(make(['x', 'y']));
    const container = document.createElement('div');
    render(make(['x', 'y']), container);
    const box = container.querySelector('div')!;
    expect(box.className).to.equal('box');
    expect(box.textContent).to.equal('boldxy');
    box.querySelector('b')!.click();
    expect(onClick.calledOnce).to.equal(true);
  });

  it('takes anything a render may return, and prepares only the templates in it', async () => {
    const clones = sinon.spy(document, 'importNode');
    await prepareTemplates('text');
    await prepareTemplates(undefined);
    expect(clones.callCount).to.equal(0);
    await prepareTemplates([null, 1, html`<span>${'ok'}</span>`]);
    expect(clones.callCount).to.equal(1);
  });
});
