// Follows a background job on its page: polls the progress handler, moves the bar, reloads once the job is done.
(function () {
  var box = document.getElementById('job-progress');
  if (!box || box.querySelector('.progress-bar:not(.progress-bar-animated)')) {
    return;
  }
  var bar = document.getElementById('job-bar');
  var text = document.getElementById('job-text');
  function poll() {
    fetch(box.getAttribute('data-progress-url'), { headers: { 'Accept': 'application/json' }, credentials: 'same-origin' })
      .then(function (response) { return response.ok ? response.json() : null; })
      .then(function (job) {
        if (!job) { return; }
        bar.style.width = job.percent + '%';
        bar.parentElement.setAttribute('aria-valuenow', job.percent);
        if (job.finished) {
          window.location.reload();
          return;
        }
        text.textContent = text.textContent.replace(/\d+(\D+)\d+/, (job.completed + job.failed) + '$1' + job.total);
        window.setTimeout(poll, 1000);
      })
      .catch(function () { window.setTimeout(poll, 3000); });
  }
  window.setTimeout(poll, 1000);
})();
