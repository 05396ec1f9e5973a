// Badge scanning with the phone's camera: each decoded code is posted like the typed-code form, the answer shown
// in green or red. The same code is not re-posted while it stays in front of the camera (a repeat would be harmless).
(function () {
  var form = document.getElementById('scan-form');
  var start = document.getElementById('start-camera');
  var stop = document.getElementById('stop-camera');
  var result = document.getElementById('check-result');
  if (!form || !start) {
    return;
  }

  function show(answer) {
    var box = document.createElement('div');
    box.className = 'alert check-result ' + (answer.admitted ? 'alert-success' : 'alert-danger');
    box.setAttribute('data-outcome', answer.outcome);
    var title = document.createElement('div');
    title.className = 'display-6';
    title.textContent = (answer.admitted ? '✓ ' : '✗ ') + (answer.name || '');
    box.appendChild(title);
    if (answer.country) {
      var country = document.createElement('div');
      country.textContent = answer.country;
      box.appendChild(country);
    }
    var message = document.createElement('div');
    message.className = 'fw-semibold';
    message.textContent = answer.message;
    box.appendChild(message);
    result.replaceChildren(box);
    var counter = document.getElementById('checked-in-count');
    if (counter && answer.count) { counter.textContent = answer.count; }
    if (navigator.vibrate) { navigator.vibrate(answer.admitted ? 80 : [80, 60, 80]); }
  }

  function post(code) {
    var data = new FormData(form);
    data.set('code', code);
    return fetch(form.action, { method: 'POST', body: data, credentials: 'same-origin', headers: { 'Accept': 'application/json' } })
      .then(function (response) {
        if (!response.ok) { return response.text().then(function (text) { throw new Error(text || response.statusText); }); }
        return response.json();
      })
      .then(show)
      .catch(function (error) { show({ admitted: false, outcome: 'Error', message: error.message }); });
  }

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    var input = form.querySelector('#code');
    post(input.value).then(function () { input.value = ''; input.focus(); });
  });

  if (typeof Html5Qrcode === 'undefined' || !navigator.mediaDevices) {
    document.getElementById('camera-unavailable').classList.remove('d-none');
    return;
  }

  var scanner = new Html5Qrcode('reader');
  var last = null;
  var lastAt = 0;
  start.classList.remove('d-none');
  start.addEventListener('click', function () {
    scanner.start({ facingMode: 'environment' }, { fps: 8, qrbox: 240 }, function (code) {
      var now = Date.now();
      if (code === last && now - lastAt < 4000) { return; }
      last = code; lastAt = now;
      post(code);
    }, function () { /* no code in this frame */ })
      .then(function () { start.classList.add('d-none'); stop.classList.remove('d-none'); })
      .catch(function () { document.getElementById('camera-unavailable').classList.remove('d-none'); });
  });
  stop.addEventListener('click', function () {
    scanner.stop().then(function () { stop.classList.add('d-none'); start.classList.remove('d-none'); });
  });
})();
