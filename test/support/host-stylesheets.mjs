// The real stylesheets partners' pages load, served to the host-page tests as /host-css/<name>.css:
// Bootstrap's and Tailwind's from their npm packages, WordPress's default theme (twentytwentyone)
// from Debian's package, which the tests install where they can, as they install Chromium.
import { existsSync, readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { canInstall } from './find-chromium.mjs';

const THEME_PACKAGE = 'wordpress-theme-twentytwentyone';
export const HOST_STYLESHEETS = {
  bootstrap: 'node_modules/bootstrap/dist/css/bootstrap.min.css',
  'tailwind-preflight': 'node_modules/tailwindcss/preflight.css',
  twentytwentyone: '/usr/share/wordpress/wp-content/themes/twentytwentyone/style.css',
};

function ensureTheme() {
  if (existsSync(HOST_STYLESHEETS.twentytwentyone)) return;
  if (canInstall()) {
    console.log(`Installing Debian's "${THEME_PACKAGE}" for the host-page tests (WordPress's default theme)…`);
    try {
      execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
      execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', THEME_PACKAGE], {
        stdio: 'inherit',
        env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
      });
    } catch {
      // Reported below.
    }
  }
  if (!existsSync(HOST_STYLESHEETS.twentytwentyone)) {
    console.error(
      `The host-page tests need WordPress's twentytwentyone theme: sudo apt-get install ${THEME_PACKAGE} (Debian), or copy its style.css to ${HOST_STYLESHEETS.twentytwentyone}.`,
    );
    process.exit(1);
  }
}

/** The test server's middleware for /host-css/<name>.css. */
export function hostStylesheets() {
  ensureTheme();
  return async function hostCss(context, next) {
    const name = /^\/host-css\/([a-z0-9-]+)\.css$/.exec(context.path)?.[1];
    if (!name || !(name in HOST_STYLESHEETS)) return next();
    context.type = 'text/css';
    context.body = readFileSync(HOST_STYLESHEETS[name], 'utf8');
  };
}
