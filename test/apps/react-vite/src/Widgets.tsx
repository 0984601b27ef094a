import { useRef, useState, type CSSProperties } from 'react';
import type { CtFactSheet, CtQuizCompleteEvent } from 'ct-awareness';

const page: CSSProperties = { blockSize: '200vh', '--ct-max-width': '48rem' };

/**
 * The README's JSX: each prop once camelCase and once kebab-case, so both are seen to reach the
 * element whether it is defined before React renders (index.tsx) or after (lazy.tsx).
 */
export function Widgets() {
  const sheet = useRef<CtFactSheet>(null);
  const [band, setBand] = useState('');
  return (
    <main style={page}>
      <ct-hotline-banner id="bar" layout="bar" position="top" quickExit exitUrl="/exit.html" />
      <h1>Una aplicación React</h1>
      <ct-hotline-banner id="camel" quickExit exitUrl="/exit.html" />
      <ct-hotline-banner id="kebab" quick-exit exit-url="/exit.html" />
      <ct-hotline-banner id="off" layout="compact" quickExit={false} />
      <ct-risk-quiz id="quiz" onct-quiz-complete={(event: CtQuizCompleteEvent) => setBand(event.band)} />
      <output id="band">{band}</output>
      <ct-fact-sheet id="facts" ref={sheet} topic="hotline" headingLevel="3" />
      <ct-fact-sheet id="facts-kebab" topic="hotline" heading-level="3" hideSources />
    </main>
  );
}
