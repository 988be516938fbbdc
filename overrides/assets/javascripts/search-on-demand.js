/* Material loads the search index, worker and stemmers with the page (a third of the first
   visit); hold them back until the search box is focused or opened. Runs before the bundle.
   See overrides/main.html; tests/e2e/test_privacy.py, bench/bench_weight.py. */
(function () {
  var wanted = false, waiting = [];
  function later(start) { if (wanted) start(); else waiting.push(start); }
  function want() {
    if (wanted) return;
    wanted = true;
    waiting.splice(0).forEach(function (start) { start(); });
  }
  document.addEventListener("focusin", function (event) {
    if (event.target.matches && event.target.matches("[data-md-component=search-query]")) want();
  });
  document.addEventListener("change", function (event) {
    if (event.target.id === "__search" && event.target.checked) want();
  });

  // The index: Material fetches it with XMLHttpRequest, whose send() waits.
  var open = XMLHttpRequest.prototype.open, send = XMLHttpRequest.prototype.send;
  XMLHttpRequest.prototype.open = function (method, url) {
    this.policySearchIndex = /\/search\/search_index\.json$/.test(String(url));
    return open.apply(this, arguments);
  };
  XMLHttpRequest.prototype.send = function () {
    var request = this, args = arguments;
    if (!request.policySearchIndex) return send.apply(request, args);
    later(function () { send.apply(request, args); });
  };

  // The worker: Material messages it only once the index is there, so it starts then.
  var RealWorker = window.Worker;
  window.Worker = function (url, options) {
    if (!/\/workers\/search\.[0-9a-f]+\.min\.js$/.test(new URL(url, location.href).pathname)) {
      return new RealWorker(url, options);
    }
    var worker = null, listeners = [];
    function started() {
      if (!worker) {
        worker = new RealWorker(url, options);
        listeners.forEach(function (args) { worker.addEventListener.apply(worker, args); });
      }
      return worker;
    }
    return {
      postMessage: function () { var w = started(); w.postMessage.apply(w, arguments); },
      addEventListener: function () {
        if (worker) worker.addEventListener.apply(worker, arguments); else listeners.push(arguments);
      },
      removeEventListener: function (type, listener) {
        if (worker) return worker.removeEventListener.apply(worker, arguments);
        listeners = listeners.filter(function (args) { return args[0] !== type || args[1] !== listener; });
      },
      terminate: function () { if (worker) worker.terminate(); }
    };
  };
  window.Worker.prototype = RealWorker.prototype;
})();
