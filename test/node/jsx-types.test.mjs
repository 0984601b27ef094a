// A React 19 + TypeScript app, and a TypeScript app without React, installed from the packed
// package and type-checked with skipLibCheck false: the React app, with the one line the README
// gives (`import type {} from 'ct-awareness/react'`), checks the tags with React's own props, and a
// wrong value is an error; the app without React checks the classes, with no React type named.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync, renameSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
// Inside node_modules, so that lit, i18next and @types/react resolve from the project's install
// the way an app's own install would give them; ct-awareness itself comes from the tarball.
const WORK = join(ROOT, 'node_modules/.cache/ct-awareness-pack');
const TSC = join(ROOT, 'node_modules/typescript/bin/tsc');

function installPacked() {
  rmSync(WORK, { recursive: true, force: true });
  mkdirSync(WORK, { recursive: true });
  const [report] = JSON.parse(
    execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', WORK], {
      cwd: ROOT,
      encoding: 'utf8',
    }),
  );
  const app = join(WORK, 'app');
  mkdirSync(join(app, 'node_modules'), { recursive: true });
  execFileSync('tar', ['-xzf', join(WORK, report.filename), '-C', join(app, 'node_modules')]);
  renameSync(join(app, 'node_modules/package'), join(app, 'node_modules/ct-awareness'));
  return app;
}

/** Type-checks files in the app with a tsconfig as Vite's React template writes it, but strict about libraries too. */
function typeCheck(app, files, { react }) {
  for (const [name, text] of Object.entries(files)) writeFileSync(join(app, name), text);
  writeFileSync(
    join(app, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: {
        target: 'ES2022',
        lib: ['ES2022', 'DOM', 'DOM.Iterable'],
        module: 'ESNext',
        moduleResolution: 'bundler',
        jsx: 'react-jsx',
        strict: true,
        noEmit: true,
        // Our declarations are checked too: the default entries name no framework's types, and
        // ct-awareness/react names React's, which a React app has.
        skipLibCheck: false,
        types: react ? ['react'] : [],
      },
      files: Object.keys(files),
    }),
  );
  return spawnSync('node', [TSC, '-p', app], { encoding: 'utf8' });
}

test('a React 19 + TypeScript app type-checks the three elements from the packed package, and rejects a wrong layout', () => {
  const app = installPacked();
  const good = typeCheck(
    app,
    {
      'app.tsx': `import 'ct-awareness/define';
import type {} from 'ct-awareness/react';
import { useRef, type CSSProperties } from 'react';
import type { CtCallEvent, CtFactSheet, CtHotlineBanner } from 'ct-awareness';

const barStyle: CSSProperties = { '--ct-offset-top': '32px', maxWidth: '40rem' };

export function App({ items }: { items: string[] }) {
  const sheet = useRef<CtFactSheet>(null);
  const bar = useRef<CtHotlineBanner | null>(null);
  return (
    <main>
      <ct-hotline-banner
        ref={bar}
        layout="bar"
        position="top"
        quick-exit
        dismissible
        className="site-bar"
        style={barStyle}
        lang="en"
        suppressHydrationWarning
        onct-call={(e: CtCallEvent) => e.channel}
        onct-quick-exit={(e) => e.trigger}
        onClick={(e) => e.currentTarget.quickExit}
        onKeyDown={(e) => e.key}
      />
      <ct-hotline-banner layout="compact" quickExit exitUrl="https://example.org/" inert hidden={false} />
      <ct-risk-quiz path="offer" exit-url="https://example.org/" id="quiz" aria-describedby="intro" />
      {items.map((id) => (
        <ct-fact-sheet key={id} ref={sheet} facts={id} layout="list" hide-sources headingLevel="3" />
      ))}
    </main>
  );
}
`,
      'wrong.tsx': `import 'ct-awareness/define';
import type {} from 'ct-awareness/react';

export const Wrong = () => (
  <>
    {/* @ts-expect-error: "sideways" is not a layout */}
    <ct-hotline-banner layout="sideways" />
    {/* @ts-expect-error: not a quiz path */}
    <ct-risk-quiz path="elsewhere" />
    {/* @ts-expect-error: a ref of another element's class */}
    <ct-risk-quiz ref={useRef<HTMLInputElement>(null)} />
    {/* @ts-expect-error: lang is a string */}
    <ct-fact-sheet lang={3} />
  </>
);
`,
    },
    { react: true },
  );
  assert.equal(good.status, 0, good.stdout + good.stderr);
  // And the check can fail: an element the package does not define is an error.
  const bad = typeCheck(
    app,
    {
      'bad.tsx': `import 'ct-awareness';\nimport type {} from 'ct-awareness/react';\nexport const X = () => <ct-nothing-here />;\n`,
    },
    { react: true },
  );
  assert.notEqual(bad.status, 0);
  assert.match(bad.stdout, /ct-nothing-here/);
});

test('a TypeScript app without React type-checks the classes and the tag names, our declarations included', () => {
  const app = installPacked();
  const result = typeCheck(
    app,
    {
      'main.ts': `import { CtHotlineBanner, defineAll } from 'ct-awareness';
defineAll();
const banner: CtHotlineBanner = document.createElement('ct-hotline-banner');
banner.layout = 'bar';
banner.quickExit = true;
`,
    },
    { react: false },
  );
  assert.equal(result.status, 0, result.stdout + result.stderr);
});
