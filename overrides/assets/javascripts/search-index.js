/* A version's search index: its configuration (search/search_index.json) and its entries, read from its policy page as Material's search plugin reads the page
   it builds: a section per heading with an id, its text with the tags the plugin keeps (escaped: the results
   show them as HTML), skipping what the plugin skips and what the page hides (`data-search-exclude`, `hidden`,
   the headings' permalinks). Loaded by on-demand.js when the reader searches; see compact.search_index. */
(function () {
  var SKIP = /^(SCRIPT|STYLE|OBJECT|TEMPLATE|NOSCRIPT|SVG)$/i, KEEP = /^(P|CODE|PRE|LI|OL|UL|SUB|SUP)$/;
  // What draws nothing inside a word: a soft hyphen, a zero-width space, the word joiner, a byte order mark, a joiner
  // or non-joiner between Latin letters or digits. Indexed, they cut or glued the word the reader sees: a heading
  // "Da&shy;ta we col&#8203;lect" was found by neither "data" nor "collect" (safety81). (Not characters.IGNORABLE's
  // every one: a Persian word's non-joiner is typed in the reader's query as the page writes it.)
  var UNSEEN = /[\u00ad\u200b\u2060\ufeff]|(?<=[0-9A-Za-z\u00c0-\u024f])[\u200c\u200d](?=[0-9A-Za-z\u00c0-\u024f])/g;
  function escaped(text) { return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;"); }
  function entries(page) {
    var article = page.querySelector("article"), docs = [], current = null;
    function start(location) { current = { location: location, title: [], text: [] }; docs.push(current); }
    function walk(node, into, pre) {
      for (var child = node.firstChild; child; child = child.nextSibling) {
        if (child.nodeType === 3) {
          var seen = child.data.replace(UNSEEN, "");
          current[into].push(escaped(pre ? seen : seen.replace(/\s+/g, " ")));
          continue;
        }
        if (child.nodeType !== 1 || SKIP.test(child.tagName) || child.hidden || child.hasAttribute("data-search-exclude")
            || child.classList.contains("headerlink")) continue;
        if (/^H[1-6]$/.test(child.tagName) && child.id) {
          if (child.tagName !== "H1" || docs.length !== 1 || current.title.length) start("#" + child.id);
          walk(child, "title", pre);
          continue;
        }
        var tag = KEEP.test(child.tagName) ? child.tagName.toLowerCase() : null, list = current[into], at = list.length;
        if (tag) list.push("<" + tag + ">");
        walk(child, into, pre || tag === "pre");
        if (tag && current[into] === list) {
          if (/\S/.test(list.slice(at + 1).join(""))) list.push("</" + tag + ">"); else list.length = at;
        }
      }
    }
    start("");
    if (article) walk(article, "text", false);
    // composed (NFC), as the reader types: a text saved decomposed (Vietnamese's ế as e + U+0302 + U+0301) was found
    // by no word typed (company18); the results show the same letters
    return docs.map(function (doc) {
      return { location: doc.location, title: doc.title.join("").normalize("NFC").trim(),
               text: doc.text.join("").normalize("NFC").replace(/ {2,}/g, " ").trim() };
    }).filter(function (doc) { return doc.title || doc.text; });
  }

  // Chinese writes no space between words, and the search parts words at spaces and punctuation only: no word inside a
  // sentence (法律 in 我们依照适用法律处理) was found. Material's plugin parts them with jieba where the site is built;
  // here the browser's own word breaker does, with the zero-width space the search reads as a separator, as Material
  // does (reader hunt 37). So do Thai, Lao, Khmer and Burmese, for which Material's search has no word breaker (a
  // Thai word inside a sentence was never found): their separator is told the zero-width space parts words too.
  // Japanese has its own segmenter in Material's search; other languages, spaces.
  var RUNS = { zh: /[\u3400-\u9fff\uf900-\ufaff]+/g, th: /[\u0e00-\u0e7f]+/g, lo: /[\u0e80-\u0eff]+/g,
               km: /[\u1780-\u17ff\u19e0-\u19ff]+/g, my: /[\u1000-\u109f\uaa60-\uaa7f]+/g };
  function runs(lang) {
    return window.Intl && Intl.Segmenter ? RUNS[lang.split("-")[0].toLowerCase()] : undefined;
  }
  function segmented(docs, lang) {
    var run = runs(lang);
    if (!run) return docs;
    var words = new Intl.Segmenter(lang, { granularity: "word" });
    function part(text) {
      return text.replace(run, function (found) {
        return "\u200b" + Array.from(words.segment(found), function (s) { return s.segment; }).join("\u200b") + "\u200b";
      });
    }
    return docs.map(function (doc) { return { location: doc.location, title: part(doc.title), text: part(doc.text) }; });
  }
  function separating(config, lang) {
    var separator = (config || {}).separator || "[\\s\\-]+";
    if (!runs(lang) || separator.indexOf("\\u200b") >= 0) return config;
    var copy = Object.assign({}, config);
    copy.separator = /^\[[^\]]*\]\+$/.test(separator) ? "[\\u200b" + separator.slice(1) : "(?:" + separator + ")|\\u200b+";
    return copy;
  }

  // The reader's words are parted as the page's: two Thai words typed together (ข้อมูลส่วนบุคคล, as Thai is written)
  // were one word the index does not hold, and found nothing (reader hunt 45). Chinese needs none: Material's search
  // parts a query's Han characters by the words its index holds. on-demand.js passes each query through this.
  // Turkish and Azerbaijani write a dotted İ and a dotless ı; the search lower-cases the page's words as any other
  // language's (İ as i and a combining dot, I as i): "iletişim" found no heading "İletişim", "kişisel" nothing in
  // "KİŞİSEL VERİLER", "ışık" no "IŞIK". Each word of a query is searched as it may stand in the page: as typed,
  // capitalised, in capitals.
  // (A word with the search's operators, `+kişisel`, `veri*`, is left as typed.)
  function dotted(query) {
    return query.split(/(\s+)/).map(function (word) {
      if (!/[iıİI]/.test(word) || /[*+\-:^~"]/.test(word)) return word;
      var lower = word.replace(/İ/g, "i").replace(/I/g, "ı").toLowerCase();
      var capitals = lower.replace(/[iı]/g, function (c) { return c === "i" ? "i\u0307" : "i"; });
      var capitalised = /^[iı]/.test(lower) ? capitals.slice(0, lower[0] === "i" ? 2 : 1) + lower.slice(1) : lower;
      return [lower, capitalised, capitals].filter(function (v, k, all) { return all.indexOf(v) === k; }).join(" ");
    }).join("");
  }
  // Composed, as the index is: an input method typing decomposed letters found nothing.
  function querying(lang) {
    var base = lang.split("-")[0].toLowerCase(), run = base !== "zh" && runs(lang);
    if (base === "tr" || base === "az") return function (query) { return dotted(query.normalize("NFC")); };
    if (!run) return function (query) { return query.normalize("NFC"); };
    var words = new Intl.Segmenter(lang, { granularity: "word" });
    return function (query) {
      return query.normalize("NFC").replace(run, function (found) {
        return Array.from(words.segment(found), function (s) { return s.segment; }).join("\u200b");
      });
    };
  }

  // Material searches what its box holds when a key is released there (`keyup`) and once its index is ready, not at
  // each change: words put in without a key after that (pasted or dropped with the mouse, dictated; letters a US
  // keyboard lacks, as a browser driver types them) were never searched, a Hebrew word typed once the index was ready
  // answered nothing (search7). Each change is told to Material's listener as a key released (the event does not
  // bubble: the theme's window-wide listener is not told).
  document.addEventListener("input", function (event) {
    if (event.target.matches && event.target.matches("[data-md-component=search-query]"))
      event.target.dispatchEvent(new KeyboardEvent("keyup"));
  });

  // The index of the version whose index is at `url`: its configuration, and its entries read from its page.
  window.policySearchIndex = function (url) {
    function get(address, as, options) {
      return fetch(address, options).then(function (response) {
        if (!response.ok) throw new Error(address + ": " + response.status);
        return response[as]();
      });
    }
    var page = new URL("../", url).href;
    return get(url, "json").then(function (index) {
      if (index.docs && index.docs.length) return index;  // an index written whole
      // The page the reader is on, most often: as the browser has just loaded it, not again.
      return get(page, "text", page === location.href.split("#")[0] ? { cache: "force-cache" } : {}).then(function (html) {
        var docs = entries(new DOMParser().parseFromString(html, "text/html"));
        var lang = ((index.config || {}).lang || [])[0] || "";
        window.policySearchQuery = querying(lang);
        return { config: separating(index.config, lang), docs: segmented(docs, lang) };
      });
    });
  };
})();
