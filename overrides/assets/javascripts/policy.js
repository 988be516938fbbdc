/* Keep the reader's section when switching language or version: the links carry the
   anchor of the heading at the top of the screen (anchors are identical across both). */
(function () {
  function currentSection() {
    if (location.hash) return location.hash;
    var headings = document.querySelectorAll(".md-content h2[id], .md-content h3[id], .md-content h4[id], .md-content h5[id], .md-content h6[id]");
    var id = "";
    for (var i = 0; i < headings.length; i++) {
      if (headings[i].getBoundingClientRect().top > 100) break;
      id = headings[i].id;
    }
    return id ? "#" + id : "";
  }
  document.addEventListener("click", function (event) {
    var link = event.target.closest && event.target.closest("a[hreflang], a.md-version__link, a[data-policy-keep-section]");
    if (!link) return;
    var hash = currentSection();
    var href = link.getAttribute("href").split("#")[0];
    // On `…/fr/latest/`, a copy of the newest dated version, the other language's link names that
    // version's date: keep the reader on `latest` in the other language too.
    var here = location.pathname.split("/");
    if (link.hasAttribute("hreflang") && here[here.length - 2] === "latest")
      href = href.replace(/\/\d{4}-\d{2}-\d{2}\/$/, "/latest/");
    link.setAttribute("href", href + hash);
    // Material's version selector (on body, next) opens the same page of the chosen version with
    // the address's hash: put the section in the address first.
    if (hash && link.classList.contains("md-version__link") && location.hash !== hash)
      history.replaceState(history.state, "", hash);
    // Material's own language switch (on body) would go to the other language's sitemap URL
    // instead, dropping the section: let the browser follow this link as it now is.
    if (link.hasAttribute("hreflang")) event.stopPropagation();
  }, true);
})();
