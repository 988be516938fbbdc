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
    if (hash) link.setAttribute("href", link.getAttribute("href").split("#")[0] + hash);
  }, true);
})();
