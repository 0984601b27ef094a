// Loaded first by every test page: records errors and CSP violations for the test to read.
// An external file, since the pages' CSP forbids inline script.
window.__errors = [];
window.__violations = [];
window.addEventListener('error', (e) => window.__errors.push(String(e.message)));
window.addEventListener('unhandledrejection', (e) => window.__errors.push(String(e.reason)));
document.addEventListener('securitypolicyviolation', (e) =>
  window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`),
);
// Console warnings too, from the first script on: some come before a test can listen.
window.__warnings = [];
const warn = console.warn.bind(console);
console.warn = (...args) => {
  window.__warnings.push(args.join(' '));
  warn(...args);
};
