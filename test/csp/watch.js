// Loaded first, as a classic script, on every strict-CSP test page: records policy violations and
// uncaught errors before any of the library's modules run.
window.tkViolations = [];
window.tkErrors = [];
document.addEventListener('securitypolicyviolation', (event) => {
  window.tkViolations.push(`${event.violatedDirective}: ${event.blockedURI || event.sample}`);
});
window.addEventListener('error', (event) => {
  window.tkErrors.push(String(event.error?.message ?? event.message));
});
window.addEventListener('unhandledrejection', (event) => {
  window.tkErrors.push(String(event.reason?.message ?? event.reason));
});
