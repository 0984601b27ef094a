'use client';
import 'ct-awareness/define';
import { useState } from 'react';

/** The README's JSX: each prop once camelCase and once kebab-case, rendered on the server and hydrated. */
export function Widgets() {
  const [band, setBand] = useState('');
  return (
    <main style={{ blockSize: '200vh' }}>
      <ct-hotline-banner id="bar" layout="bar" position="top" quickExit exitUrl="/exit.html" />
      <h1>Una aplicación Next.js</h1>
      <ct-hotline-banner id="camel" lang="en" quickExit exitUrl="/exit.html" />
      <ct-hotline-banner id="kebab" quick-exit exit-url="/exit.html" />
      <ct-hotline-banner id="off" layout="compact" quickExit={false} />
      <ct-risk-quiz id="quiz" onct-quiz-complete={(event) => setBand(event.band)} />
      <output id="band">{band}</output>
      <ct-fact-sheet id="facts" topic="hotline" headingLevel="3" />
      <ct-fact-sheet id="facts-kebab" lang="pt" topic="hotline" heading-level="3" />
    </main>
  );
}
