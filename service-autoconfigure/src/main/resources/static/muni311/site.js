// Progressive enhancement shared by every page: focus the error summary so screen readers announce it.
document.addEventListener('DOMContentLoaded', function () {
  var summary = document.querySelector('[data-focus-on-load="true"]');
  if (summary) { summary.focus(); }
});
