// Vite does not read a dependency's own source maps: rollup-plugin-sourcemaps hands them over, so
// the app's maps lead to the package's TypeScript.
import sourcemaps from 'rollup-plugin-sourcemaps';

export default {
  plugins: [{ ...sourcemaps(), enforce: 'pre' }],
  build: { sourcemap: true },
};
