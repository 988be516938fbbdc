// The site's 404 page's own script (main.html loads it there alone: policy.js carried it to every first visit until
// session 42). The 404 page answers every missing address, each language's words in it the site's first language's first: the
// language whose folder the address is in goes first, its words the heading and the title's (a /hu/ address was
// answered in French first, reader12). The folder is its link's (the copy's root's, where rooted.html moved them:
// a copy at `/en/` asked for `/en/no-such/page/` is under no language's folder, `/en/en/x/` under English's).
(function () {
  var missing = document.getElementById("__not-found");
  var said404 = missing && Array.prototype.filter.call(missing.parentNode.parentNode.children, function (e) {
    return e.hasAttribute("data-policy-code");
  });
  if (!said404 || !said404.length) return;
  // The section the address asks for (`fr/2019-11-18/nope/#s3`, `fr/nope#s3`) goes along with each link to the text
  // in force, which lands on it (or says it lacks it); it led to the text's top (reader14). Without scripts it still does.
  var links = said404.map(function (block) { return block.querySelector("a[href]"); }).filter(Boolean);
  var hrefs = links.map(function (link) { return link.getAttribute("href").split("#")[0]; });
  function along() {
    links.forEach(function (link, n) { link.setAttribute("href", hrefs[n] + location.hash); });
  }
  along();
  window.addEventListener("hashchange", along);
  if (said404.length < 2) return;
  var path = location.pathname, asked = null, deepest = 0, at = "";
  said404.forEach(function (block) {
    var named = "/" + block.getAttribute("data-policy-code") + "/", link = block.querySelector("a[href]");
    var href = link ? link.pathname : "", folder = href.slice(0, href.lastIndexOf(named) + named.length);
    if (href.lastIndexOf(named) >= 0 && !path.indexOf(folder) && folder.length > deepest) {
      asked = block;
      deepest = folder.length;
      at = path.slice(folder.length);
    }
  });
  // A day before the first version of a translation that starts later (`/de/2021-02-17/`, an old version's link in
  // that language): its words say the text existed only in the one that prevails then, and link the text in force
  // that day there (its at page, the day after `#`) and the translation's first version (reader25).
  var before = asked && asked.querySelector("[data-policy-first]"), day = /^(\d{4}-\d{2}-\d{2})(\/|$)/.exec(at);
  if (before && day && day[1] < before.getAttribute("data-policy-first")) {
    var thatDay = before.querySelector("a[href]");
    thatDay.setAttribute("href", thatDay.getAttribute("href") + "#" + day[1]);
    before.hidden = false;
  }
  var first = missing.parentNode;
  if (asked && asked !== first) {
    var words = asked.firstElementChild, heading = missing.textContent;
    asked.replaceChild(missing, words);
    first.insertBefore(words, first.firstChild);
    missing.textContent = words.textContent;
    words.textContent = heading;
    first.parentNode.insertBefore(asked, first);
    if (document.title.indexOf(heading) === 0) {
      document.title = missing.textContent + document.title.slice(heading.length);
    }
  }
})();
