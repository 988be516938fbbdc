/* Material fetches ../versions.json with the page, for its version selector and "archived" banner; policy.js
   reads it for the notices. It grows with the archive (about 20 KiB gzip at 1,000 versions), so a page reads
   ../versions-recent.json first: its first entries (upcoming versions, the one in force, the five before it;
   branch.py), enough for a page of any of those versions. A page of an older version reads versions.json
   itself, and so does the selector once the reader opens it: its list then gets the older versions.
   Runs before the bundle. See overrides/main.html; tests/e2e/test_versions.py, bench/bench_weight.py. */
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

  // This page's list: the recent entries if they hold its version (so every newer one too), else all of them.
  window.policyVersions = function () {
    if (loaded) return loaded;
    var here = mine();
    return loaded = get("versions-recent.json").then(function (recent) {
      var held = recent.some(function (v) { return v.version === here || (v.aliases || []).indexOf(here) !== -1; });
      return held ? { versions: recent, complete: false } : fullList().then(function (all) {
        return { versions: all, complete: true };
      });
    }, function () {  // none published beside versions.json (a branch not yet refreshed)
      return fullList().then(function (all) { return { versions: all, complete: true }; });
    });
  };

  // Material's request (an XMLHttpRequest for a blob): answered with this page's list, as if from the server.
  var open = XMLHttpRequest.prototype.open, send = XMLHttpRequest.prototype.send;
  XMLHttpRequest.prototype.open = function (method, url) {
    this.policyVersions = FULL.test(new URL(String(url), location.href).pathname);
    return open.apply(this, arguments);
  };
  XMLHttpRequest.prototype.send = function () {
    var request = this;
    if (!request.policyVersions) return send.apply(request, arguments);
    window.policyVersions().then(function (found) {
      var body = new Blob([JSON.stringify(found.versions)], { type: "application/json" });
      Object.defineProperty(request, "status", { value: 200 });
      Object.defineProperty(request, "statusText", { value: "OK" });
      Object.defineProperty(request, "response", { value: body });
      request.dispatchEvent(new ProgressEvent("load"));
    }, function () { request.dispatchEvent(new ProgressEvent("error")); });
  };

  // The reader opens the selector: its list gets the versions the recent entries left out, as Material lists them.
  function complete() {
    document.removeEventListener("pointerover", opened, true);
    document.removeEventListener("focusin", opened, true);
    window.policyVersions().then(function (found) {
      return found.complete ? null : fullList();
    }).then(function (all) {
      var list = all && document.querySelector(".md-version__list");
      if (!list) return;
      var shown = {};
      list.querySelectorAll(".md-version__link").forEach(function (a) { shown[a.href] = true; });
      all.forEach(function (v) {
        var href = new URL("../" + v.version + "/", base()).href;
        if (shown[href] || (v.properties && v.properties.hidden)) return;
        var item = document.createElement("li"), link = document.createElement("a");
        item.className = "md-version__item";
        link.className = "md-version__link";
        link.href = href;
        link.textContent = v.title;
        item.appendChild(link);
        list.appendChild(item);
      });
    }).catch(function () {});
  }
  function opened(event) {
    if (event.target.closest && event.target.closest(".md-version")) complete();
  }
  document.addEventListener("pointerover", opened, true);
  document.addEventListener("focusin", opened, true);
})();
