/**
 * Content-Security-Policies the test pages are served with (`?csp=` in their URL): the strict one of
 * the embedding contract, and the same with Trusted Types and the policy names the README gives.
 */
export const TRUSTED_TYPES = "trusted-types lit-html ct-awareness 'allow-duplicates'";

export const POLICIES = {
  strict: "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; frame-ancestors 'self'",
  // Trusted Types whose directive names Lit's policy but not ours: the quiz and the fact sheet
  // cannot load their files, and say so.
  'tt-lit-only': `default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html 'allow-duplicates'`,
  tt: `default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; frame-ancestors 'self'; require-trusted-types-for 'script'; ${TRUSTED_TYPES}`,
};
