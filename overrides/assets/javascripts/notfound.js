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
  var path = location.pathname, asked = null, deepest = 0, at = "", askedFolder = "";
  said404.forEach(function (block) {
    var named = "/" + block.getAttribute("data-policy-code") + "/", link = block.querySelector("a[href]");
    var href = link ? link.pathname : "", folder = href.slice(0, href.lastIndexOf(named) + named.length);
    if (href.lastIndexOf(named) >= 0 && !path.indexOf(folder) && folder.length > deepest) {
      asked = block;
      askedFolder = folder;
      deepest = folder.length;
      at = path.slice(folder.length);
    }
  });
  // A day before the first version of a translation that starts later (`/de/2021-02-17/`, an old version's link in
  // that language): its words say the text existed only in the one that prevails then, and link the text in force
  // that day there (its at page, the day after `#`, in place of the history its words link without scripts) and the
  // translation's first version (reader25). Under any other address, they are hidden (shown without scripts, reader28).
  var day = /^(\d{4}-\d{2}-\d{2})(\/|$)/.exec(at);
  said404.forEach(function (block) {
    var before = block.querySelector("[data-policy-first]"), links = before && before.querySelectorAll("a[href]");
    if (!before) return;
    before.hidden = !(block === asked && day && day[1] < before.getAttribute("data-policy-first"));
    if (before.hidden || !links[1] || !links[1].hidden) return;
    links[1].setAttribute("href", links[1].getAttribute("href") + "#" + day[1]);
    links[1].hidden = false;
    links[0].hidden = true;
  });
  // Under an address of a day no version has (`/fr/2021-02-18/`: a date mistyped, a version misremembered), its
  // language's words link the version in force that day, its date said (reader32: the page said only that it does not
  // exist); not where a translation's first version is later, said above. Without scripts, its history lists them all.
  said404.forEach(function (block) {
    var line = block.querySelector("[data-policy-day]"), link = line && line.querySelector("a[href]");
    var before = block.querySelector("[data-policy-first]"), lang = block.getAttribute("data-policy-code");
    if (!link) return;
    var date = block === asked && day && (!before || before.hidden) ? new Date(day[1] + "T00:00:00Z") : null;
    line.hidden = !date || isNaN(date.getTime()) || !window.policyDay;
    if (line.hidden) return;
    // the date in the address's language, marked so where the site's words there are another's (strings.marks)
    var aside = window.policyAside(block.lang), said = document.createElement("span");
    said.textContent = window.policyDigits(window.policyDay(date, lang, "UTC"), line.getAttribute("data-policy-day"));
    if (block.lang !== lang) { said.lang = lang; said.dir = "auto"; }
    link.setAttribute("href", link.getAttribute("href").split("#")[0] + "#" + day[1]);
    link.append(aside[0] + aside[1], said, aside[2]);
  });
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
    if (window.fetch && window.DOMParser) ownWords(asked.getAttribute("data-policy-code"));
  }
  // Around the words of the address's language, the page's own (skip link, header, language menu, navigation, footer)
  // stayed the site's first language's: `/en/nope/` said "Aller au contenu", its tabs "Historique des versions" leading
  // to the French history, its title half French, all read as French (reader26). The address's language's own 404 page
  // (its folder's 404.html, which each language's build writes) gives them: its words, links and languages, element
  // for element, where both pages are built alike (the same template: the same elements), else none of it.
  function ownWords(code) {
    fetch(askedFolder + "404.html").then(function (response) {
      if (!response.ok) throw new Error(response.status);
      return response.text();
    }).then(function (text) {
      var there = new DOMParser().parseFromString(text, "text/html");
      var block = there.querySelector("[data-policy-code='" + code + "'] a[href]");
      var mine = asked.querySelector("a[href]");
      // not that language's 404 page (a host answering every address with the root's, a page of no such message):
      // the page stays as it is
      var spoken = (asked.getAttribute("lang") || "").toLowerCase();
      if (!block || !mine || !spoken || there.documentElement.lang.toLowerCase() !== spoken) return;
      // its links are from the site's root, ours from the root the page is served from (rooted.html): the same tail
      var from = block.getAttribute("href"), to = mine.getAttribute("href"), tail = 0;
      while (tail < from.length && tail < to.length && from[from.length - 1 - tail] === to[to.length - 1 - tail]) tail++;
      from = from.slice(0, from.length - tail);
      to = to.slice(0, to.length - tail);
      var ATTRIBUTES = ["href", "title", "aria-label", "lang", "dir", "aria-current", "placeholder", "hreflang"];
      var pairs = [];
      [".md-skip", ".md-header", ".md-tabs", ".md-sidebar--primary", ".md-sidebar--secondary", ".md-footer", ".md-top"]
        .forEach(function (selector) {
          var ours = document.querySelector(selector), theirs = there.querySelector(selector);
          if (!ours || !theirs) return;
          var a = [ours].concat([].slice.call(ours.querySelectorAll("*")));
          var b = [theirs].concat([].slice.call(theirs.querySelectorAll("*")));
          var same = a.length === b.length && a.every(function (e, n) {
            return e.tagName === b[n].tagName && texts(e).length === texts(b[n]).length;
          });
          if (same) a.forEach(function (e, n) { pairs.push([e, b[n]]); });
        });
      pairs.forEach(function (pair) {
        var ours = pair[0], theirs = pair[1];
        // what the built page has (what the page's scripts added stays: policy.js's names of the header's buttons,
        // given again below), and the language menu's current one
        ATTRIBUTES.forEach(function (name) {
          var value = theirs.getAttribute(name);
          if (value === null && name === "aria-current") ours.removeAttribute(name);
          else if (value !== null) ours.setAttribute(name, name === "href" && from !== to && !value.indexOf(from) ?
            to + value.slice(from.length) : value);
        });
        var words = texts(theirs);
        texts(ours).forEach(function (node, n) { node.nodeValue = words[n].nodeValue; });
      });
      // the header's drawer and search buttons are named as what they open (policy.js), now in these words
      document.querySelectorAll(".md-header label.md-header__button[for][aria-label]").forEach(function (label) {
        var opens = document.querySelector(label.htmlFor === "__drawer" ? ".md-nav--primary" :
          label.htmlFor === "__search" ? ".md-search__input" : null);
        if (opens && opens.getAttribute("aria-label")) label.setAttribute("aria-label", opens.getAttribute("aria-label"));
      });
      var html = there.documentElement;
      document.documentElement.lang = html.lang;
      if (html.hasAttribute("dir")) document.documentElement.dir = html.dir;
      else document.documentElement.removeAttribute("dir");
      if (there.title) document.title = there.title;
    }).catch(function () { /* no such page (a site built before it): the first language's words stay */ });
  }
  // An element's own text nodes (its children's are theirs)
  function texts(element) {
    return [].filter.call(element.childNodes, function (node) { return node.nodeType === 3; });
  }
})();
