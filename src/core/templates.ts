import { nothing, render } from 'lit';
import { isCompiledTemplateResult, isTemplateResult } from 'lit/directive-helpers.js';
import { nextTask } from './tasks.js';

/** Templates prepared here already, by any element: Lit keeps them in one cache for the page. */
const prepared = new WeakSet<TemplateStringsArray>();

/**
 * Lit prepares a template (parses its HTML, walks it for its bindings) the first time it renders
 * it, and the page's first template also pays Lit's own first-time costs. In one task, a bar's
 * templates took 22–137 ms at 4× CPU. This prepares the templates in a render result (the outer
 * one, then those in its values, depth first) each in a task of its own, apart from the task that
 * made the result, by rendering each with empty values into a fragment that is dropped; the
 * element's first render then only clones and fills them.
 * Templates inside directives (repeat, …) are left to the render itself.
 */
export async function prepareTemplates(result: unknown): Promise<void> {
  const queue: unknown[] = [result];
  while (queue.length) {
    const next = queue.shift();
    if (Array.isArray(next)) {
      queue.unshift(...(next as unknown[]));
      continue;
    }
    // A compiled template (not ours) comes prepared.
    if (!isTemplateResult(next) || isCompiledTemplateResult(next)) continue;
    queue.unshift(...next.values);
    if (prepared.has(next.strings)) continue;
    prepared.add(next.strings);
    await nextTask();
    render({ ...next, values: next.values.map(() => nothing) }, document.createDocumentFragment());
  }
}
