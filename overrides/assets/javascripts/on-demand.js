/* What Material loads with every page, loaded when the reader needs it. Runs before the bundle.
   See overrides/main.html; tests/e2e/test_privacy.py, tests/e2e/test_versions.py, bench/bench_weight.py.

   1. The search index, worker and stemmers (a third of the first visit): held back until the search
      box is focused or opened. A version's index holds only the search's configuration: its entries are
      read from the version's policy page (compact.py), the same text the reader sees, so the archive does not
      store each version's text a second time. */

// Material's requests (XMLHttpRequest, for a blob of JSON) to an address `pattern` matches: answered with what
// `answer(address)` gives, as if from the server.
function policyAnswers(pattern, answer) {
  var open = XMLHttpRequest.prototype.open, send = XMLHttpRequest.prototype.send, key = "policy" + pattern;
  XMLHttpRequest.prototype.open = function (method, url) {
    this[key] = pattern.test(url = new URL(String(url), location.href).pathname) && url;
    return open.apply(this, arguments);
  };
  XMLHttpRequest.prototype.send = function () {
    var request = this;
    if (!request[key]) return send.apply(request, arguments);
    answer(request[key]).then(function (data) {
      var body = new Blob([JSON.stringify(data)], { type: "application/json" });
      Object.defineProperty(request, "status", { value: 200 });  // all Material reads of a success
      Object.defineProperty(request, "response", { value: body });
      request.dispatchEvent(new ProgressEvent("load"));
    }, function () { request.dispatchEvent(new ProgressEvent("error")); });
  };
}

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

  // The index (Material's request waits): read by search-index.js, beside this file, loaded with the search only.
  var here = document.currentScript.src, loading;
  policyAnswers(/\/search\/search_index\.json$/, function (path) {
    return new Promise(later).then(function () {
      return loading || (loading = new Promise(function (resolve, reject) {
        var script = document.createElement("script");
        script.src = new URL("search-index.js", here);
        script.onload = resolve;
        script.onerror = reject;
        document.head.appendChild(script);
      }));
    }).then(function () { return window.policySearchIndex(new URL(path, location.href).href); });
  });

  // The worker: Material messages it only once the index is there, so it starts then.
  var RealWorker = window.Worker;
  window.Worker = function (url, options) {
    if (!/\/workers\/search\.[0-9a-f]+\.min\.js$/.test(new URL(url, location.href).pathname)) {
      return new RealWorker(url, options);
    }
    var worker = null, listeners = [];
    // The results (its message of type 3) quote the index's entries, whose words search-index.js parted with zero-width
    // spaces in Thai, Lao, Khmer, Burmese and Chinese: invisible, but kept by a reader who copies a snippet, and read
    // by some screen readers as breaks (reader hunt 46). They leave before Material's listeners read the results.
    function unparted(event) {
      var found = event.data && event.data.type === 3 && event.data.data, items = found && found.items;
      (Array.isArray(items) ? items : []).forEach(function (item) {
        (Array.isArray(item) ? item : [item]).forEach(function (doc) {
          ["title", "text"].forEach(function (key) {
            if (doc && typeof doc[key] === "string") doc[key] = doc[key].replace(/\u200b/g, "");
          });
        });
      });
    }
    function started() {
      if (!worker) {
        worker = new RealWorker(url, options);
        worker.addEventListener("message", unparted);
        listeners.forEach(function (args) { worker.addEventListener.apply(worker, args); });
      }
      return worker;
    }
    return {
      postMessage: function (message) {
        var w = started();
        // A query (Material's message of type 2, its words as typed): parted into words as the index's entries are
        // (search-index.js), where the page's language writes no space between them.
        if (message && message.type === 2 && typeof message.data === "string" && window.policySearchQuery)
          arguments[0] = { type: 2, data: window.policySearchQuery(message.data) };
        w.postMessage.apply(w, arguments);
      },
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

/* 2. The list of versions: Material fetches ../versions.json with a dated version's page, for its selector and
      "archived" banner, and policy.js reads it for the notices. It grows with the archive (about 20 KiB gzip at
      1,000 versions), so a page reads ../versions-recent.json first: its first entries (upcoming versions, the
      one in force, the five before it; branch.py), enough for a page of any of those versions. A page of an
      older version reads versions.json itself (its notice counts the versions since), its selector listing the
      recent entries and its own, as a recent version's lists the recent ones, then the history of versions. */
(function () {
  var FULL = /\/versions\.json$/, loaded = null, full = null;

  function base() { return window.__md_scope || new URL(".", location); }
  function get(name) {
    return fetch(new URL("../" + name, base()).href).then(function (response) {
      if (!response.ok) throw new Error(name + ": " + response.status);
      return response.json();
    });
  }
  function fullList() { return full || (full = get("versions.json")); }
  function mine() { return base().pathname.replace(/\/$/, "").split("/").pop(); }

  function isHere(v) { var here = mine(); return v.version === here || v.aliases.indexOf(here) !== -1; }
  // This page's list: the recent entries if they hold its version (so every newer one too), else all of them
  // (`recent` kept: the selector's first list).
  window.policyVersions = function () {
    function all(recent) {
      return fullList().then(function (list) { return { versions: list, recent: recent }; });
    }
    return loaded || (loaded = get("versions-recent.json").then(function (recent) {
      return recent.some(isHere) ? { versions: recent } : all(recent);
    }, function () { return all(null); }));  // none beside versions.json (a branch not yet refreshed): all of them
  };
  window.policyVersions.all = fullList;  // every version (policy.js: a dated link's day before the recent ones)

  // Material's request: answered with the recent entries, and this page's own where it is older (an old version's
  // menu held every version: 1,000 links at 1,000 versions, issue 16); the menu's last entry links the history of
  // versions (policy.js), which lists them all.
  policyAnswers(FULL, function () {
    return window.policyVersions().then(function (found) {
      return found.recent ? found.recent.concat(found.versions.filter(isHere)) : found.versions;
    });
  });
})();
