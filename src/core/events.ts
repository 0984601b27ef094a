/**
 * The events the elements fire: typed, bubbling, composed, and carrying no personal data.
 */
import type { Band, QuizPathId } from '../data/types.js';

const init = { bubbles: true, composed: true } as const;

/** The reader used the call link. Carries the channel id, never anything about the reader. */
export class CtCallEvent extends Event {
  static readonly type = 'ct-call';
  constructor(readonly channel: string) {
    super(CtCallEvent.type, init);
  }
}

/** The reader asked to leave the page; fired just before the page is hidden and left. */
export class CtQuickExitEvent extends Event {
  static readonly type = 'ct-quick-exit';
  constructor(readonly trigger: 'button' | 'keyboard') {
    super(CtQuickExitEvent.type, init);
  }
}

/** The reader closed the banner for this page view. */
export class CtDismissEvent extends Event {
  static readonly type = 'ct-dismiss';
  constructor() {
    super(CtDismissEvent.type, init);
  }
}

/** The self-check reached a result. Only the path and the band: the answers never leave the element. */
export class CtQuizCompleteEvent extends Event {
  static readonly type = 'ct-quiz-complete';
  constructor(
    readonly path: QuizPathId,
    readonly band: Band,
  ) {
    super(CtQuizCompleteEvent.type, init);
  }
}

/** A fact was copied with its citation. */
export class CtCopyEvent extends Event {
  static readonly type = 'ct-copy';
  constructor(
    readonly fact: string,
    readonly method: 'clipboard' | 'selection',
  ) {
    super(CtCopyEvent.type, init);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'ct-call': CtCallEvent;
    'ct-quick-exit': CtQuickExitEvent;
    'ct-dismiss': CtDismissEvent;
    'ct-quiz-complete': CtQuizCompleteEvent;
    'ct-copy': CtCopyEvent;
  }
}
