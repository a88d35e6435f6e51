// The colour scheme the reader chose with the toggle, applied before the first paint so that a
// page never flashes in the other scheme. Loaded as a classic blocking script in <head> (the CSP
// allows no inline script); without a saved choice the system setting rules, through CSS alone.
(function () {
  var KEY = 'theme';
  var root = document.documentElement;
  try {
    var saved = localStorage.getItem(KEY);
    if (saved === 'dark' || saved === 'light') root.dataset.theme = saved;
  } catch (e) {
    // Storage can be blocked (private modes); the system setting still applies.
  }
  var isDark = function () {
    return root.dataset.theme ? root.dataset.theme === 'dark' : matchMedia('(prefers-color-scheme: dark)').matches;
  };
  var sync = function () {
    document.querySelectorAll('[data-theme-toggle]').forEach(function (button) {
      button.setAttribute('aria-pressed', String(isDark()));
      button.hidden = false;
    });
  };
  // Delegated, so the buttons work whenever they appear, without waiting for a module script.
  document.addEventListener('click', function (event) {
    if (!event.target.closest || !event.target.closest('[data-theme-toggle]')) return;
    root.dataset.theme = isDark() ? 'light' : 'dark';
    try {
      localStorage.setItem(KEY, root.dataset.theme);
    } catch (e) {}
    sync();
  });
  document.addEventListener('DOMContentLoaded', sync);
  matchMedia('(prefers-color-scheme: dark)').addEventListener('change', sync);
})();
