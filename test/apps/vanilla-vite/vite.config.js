// Two pages: every element (ct-awareness/define), and the bar alone (ct-awareness/hotline-banner),
// whose bytes are what a banner-only app adds. Vite does not read a dependency's own source maps:
// rollup-plugin-sourcemaps hands them over, so the app's maps lead to the package's TypeScript.
import sourcemaps from 'rollup-plugin-sourcemaps';

export default {
  plugins: [{ ...sourcemaps(), enforce: 'pre' }],
  build: {
    sourcemap: true,
    rollupOptions: { input: { index: 'index.html', banner: 'banner.html' } },
  },
};
