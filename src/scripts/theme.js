// The colour scheme the reader chose with the toggle (light, dark, or the system setting), applied
// before the first paint so that a page never flashes in the other scheme. Inlined, minified, in
// every page's <head> (src/utils/theme-script.ts), where the CSP allows it by its hash: a blocking
// script in a file of its own would cost every first visit a request before the first paint.
// Without a saved choice the system setting rules, through CSS alone.
(function () {
  var KEY = 'theme';
  var root = document.documentElement;
  var system = matchMedia('(prefers-color-scheme: dark)');
  var choice = 'system';
  try {
    var saved = localStorage.getItem(KEY);
    if (saved === 'dark' || saved === 'light') choice = saved;
  } catch (e) {
    // Storage can be blocked (private modes); the system setting still applies.
  }
  var apply = function () {
    if (choice === 'system') delete root.dataset.theme;
    else root.dataset.theme = choice;
  };
  // Each button shows the setting in force (CSS shows the matching word and icon).
  var sync = function () {
    document.querySelectorAll('[data-theme-toggle]').forEach(function (button) {
      button.dataset.choice = choice;
      button.hidden = false;
    });
  };
  // The first press always changes what the reader sees: from the system setting to its opposite,
  // then to the other scheme, then back to the system setting.
  var next = function () {
    var shown = system.matches ? 'dark' : 'light';
    var other = shown === 'dark' ? 'light' : 'dark';
    if (choice === 'system') return other;
    return choice === shown ? 'system' : shown;
  };
  apply();
  // Delegated, so the buttons work whenever they appear, without waiting for a module script.
  document.addEventListener('click', function (event) {
    if (!event.target.closest || !event.target.closest('[data-theme-toggle]')) return;
    choice = next();
    apply();
    try {
      if (choice === 'system') localStorage.removeItem(KEY);
      else localStorage.setItem(KEY, choice);
    } catch (e) {}
    sync();
  });
  document.addEventListener('DOMContentLoaded', sync);
})();
