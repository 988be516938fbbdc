/* The compare page (partials/policy-compare.html): two dated versions diffed in the reader's browser.
   The versions offered are those of mike's ../versions.json; each publishes its text as policy.json
   (src/policysite/export.py). This script fetches the two chosen ones from this host, matches
   sections by number and title, aligns their blocks and diffs words as redline.py does (each word
   with the whitespace after it), then shows the redline with the markup of partials/redline.html
   (<del>/<ins>, redline.css). No library, no other host.
   Each version's changes page (redline.py itself) stays the reference for neighbouring versions. */
(function () {
  "use strict";

  var EQUAL = "equal", DELETE = "delete", INSERT = "insert";
  var PROSE = { paragraph: true, item: true };

  function norm(text) { return text.split(/\s+/).filter(Boolean).join(" "); }
  function tokens(text) { return text.match(/\s*\S+\s*/g) || []; }
  function trim(text) { return text.trim(); }

  /* Longest common subsequence of two lists of keys: steps [tag, index in a, index in b]. */
  function align(a, b) {
    var steps = [], lo = 0, ha = a.length, hb = b.length, i, j;
    while (lo < ha && lo < hb && a[lo] === b[lo]) steps.push([EQUAL, lo, lo++]);
    while (ha > lo && hb > lo && a[ha - 1] === b[hb - 1]) { ha--; hb--; }
    var n = ha - lo, m = hb - lo, w = m + 1;
    if (n * m > 4e6) {  // a whole rewrite of a huge block: no need for the finest diff
      for (i = lo; i < ha; i++) steps.push([DELETE, i, -1]);
      for (j = lo; j < hb; j++) steps.push([INSERT, -1, j]);
    } else {
      var len = new Uint32Array((n + 1) * w);
      for (i = n - 1; i >= 0; i--)
        for (j = m - 1; j >= 0; j--)
          len[i * w + j] = a[lo + i] === b[lo + j] ? len[(i + 1) * w + j + 1] + 1
            : Math.max(len[(i + 1) * w + j], len[i * w + j + 1]);
      i = 0; j = 0;
      while (i < n || j < m) {
        if (i < n && j < m && a[lo + i] === b[lo + j]) steps.push([EQUAL, lo + i++, lo + j++]);
        else if (i < n && (j === m || len[(i + 1) * w + j] >= len[i * w + j + 1])) steps.push([DELETE, lo + i++, -1]);
        else steps.push([INSERT, -1, lo + j++]);
      }
    }
    for (i = 0; i < a.length - ha; i++) steps.push([EQUAL, ha + i, hb + i]);
    return steps;
  }

  function push(ops, tag, text) {
    var last = ops[ops.length - 1];
    if (last && last[0] === tag) last[1] += text; else ops.push([tag, text]);
  }

  /* Ops turning text a into text b, as redline.word_ops: equal runs carry the new text. */
  function wordOps(a, b) {
    var ta = tokens(a), tb = tokens(b), ops = [];
    align(ta.map(trim), tb.map(trim)).forEach(function (s) {
      push(ops, s[0], s[0] === DELETE ? ta[s[1]] : tb[s[2]]);
    });
    return ops;
  }

  function similar(a, b) {
    if (a.kind !== b.kind && !(PROSE[a.kind] && PROSE[b.kind])) return false;
    var words = {}, shared = 0, la = 0, lb = 0;
    norm(a.text).split(" ").forEach(function (x) { if (x) { words[x] = (words[x] || 0) + 1; la++; } });
    norm(b.text).split(" ").forEach(function (x) { if (x) { lb++; if (words[x]) { words[x]--; shared++; } } });
    var shorter = Math.min(la, lb);
    return !shorter || 2 * shared / (la + lb) >= 0.5 || shared / shorter >= 0.6;
  }

  /* Blocks aligned whole; in a replaced run, blocks paired in order when they share enough words. */
  function diffBlocks(olds, news) {
    var out = [], gone = [], come = [];
    function flush() {
      for (var k = 0; k < Math.max(gone.length, come.length); k++) {
        var a = gone[k], b = come[k];
        if (a && b && similar(a, b)) out.push({ kind: "changed", block: b, ops: wordOps(a.text, b.text) });
        else {
          if (a) out.push({ kind: "removed", block: a, ops: [[DELETE, a.text]] });
          if (b) out.push({ kind: "added", block: b, ops: [[INSERT, b.text]] });
        }
      }
      gone = []; come = [];
    }
    function key(b) { return b.kind + "\u0000" + norm(b.text); }
    align(olds.map(key), news.map(key)).forEach(function (s) {
      if (s[0] === EQUAL) { flush(); out.push({ kind: "unchanged", block: news[s[2]], ops: [] }); }
      else if (s[0] === DELETE) gone.push(olds[s[1]]);
      else come.push(news[s[2]]);
    });
    flush();
    return out;
  }

  function sectionChange(o, n) {
    var blocks = diffBlocks(o.blocks, n.blocks);
    var titleOps = norm(o.title) === norm(n.title) ? [] : wordOps(o.title, n.title);
    var changed = titleOps.length > 0 || blocks.some(function (b) { return b.kind !== "unchanged"; });
    var kind = o.number !== n.number ? "renumbered" : changed ? "changed" : "unchanged";
    return { kind: kind, changed: changed, old: o, "new": n, titleOps: titleOps, blocks: blocks };
  }

  function whole(kind, s, tag) {
    var blocks = s.blocks.map(function (b) { return { kind: kind, block: b, ops: [[tag, b.text]] }; });
    return { kind: kind, changed: true, old: tag === DELETE ? s : null, "new": tag === INSERT ? s : null,
             titleOps: [], blocks: blocks };
  }

  /* The sections of two policy.json documents in reading order, removed ones where they were:
     paired by same number and title, then same title (renumbered), then same number (retitled). */
  function diffPolicies(a, b) {
    var pairs = {}, back = {}, shown = {}, out = [];
    function pass(same) {
      a.sections.forEach(function (o, i) {
        for (var j = 0; j < b.sections.length && !(i in pairs); j++)
          if (!(j in back) && same(o, b.sections[j])) { pairs[i] = j; back[j] = i; }
      });
    }
    pass(function (o, n) { return o.number === n.number && norm(o.title) === norm(n.title); });
    pass(function (o, n) { return norm(o.title) === norm(n.title); });
    pass(function (o, n) { return o.number === n.number; });
    function removedBefore(limit) {
      for (var i = 0; i < limit; i++)
        if (!(i in pairs) && !shown[i]) { shown[i] = true; out.push(whole("removed", a.sections[i], DELETE)); }
    }
    out.push(sectionChange({ number: "", title: a.title, blocks: a.preamble },
                           { number: "", title: b.title, blocks: b.preamble }));
    b.sections.forEach(function (n, j) {
      if (j in back) { removedBefore(back[j]); out.push(sectionChange(a.sections[back[j]], n)); }
      else out.push(whole("added", n, INSERT));
    });
    removedBefore(a.sections.length);
    return out;
  }

  function counts(sections) {
    var c = { changed: 0, added: 0, removed: 0, renumbered: 0, moved: 0 };
    sections.forEach(function (s) {
      if (!s.old && !s["new"]) return;
      if (s.kind === "renumbered") c.renumbered++;
      if (s.kind === "added" || s.kind === "removed") c[s.kind]++;
      else if (s.changed && (s.old || s["new"]).number) c.changed++;
    });
    return c;
  }

  if (typeof module === "object" && module.exports)  // tests/integration/test_published_archive.py runs it in Node
    module.exports = { wordOps: wordOps, diffPolicies: diffPolicies, counts: counts };
  if (typeof document === "undefined") return;

  /* --- the page ------------------------------------------------------------------------------ */

  var root = document.querySelector(".policy-compare");
  var form = root && root.querySelector(".policy-compare-form");
  if (!form) return;
  var t = JSON.parse(root.querySelector(".policy-compare-strings").textContent);
  var status = root.querySelector(".policy-compare-status");
  var result = root.querySelector(".policy-compare-result");
  var legend = root.querySelector(".redline-legend");
  var pick = { old: document.getElementById("policy-compare-old"),
               "new": document.getElementById("policy-compare-new") };
  var loaded = {};

  function fill(text, values) {
    return text.replace(/\{(\w+)\}/g, function (all, name) { return name in values ? values[name] : all; });
  }

  function el(tag, attrs, children) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (name) { node.setAttribute(name, attrs[name]); });
    (children || []).forEach(function (child) {
      node.appendChild(typeof child === "string" ? document.createTextNode(child) : child);
    });
    return node;
  }

  function words(ops) {
    var out = [];
    ops.forEach(function (op, k) {
      var text = norm(op[1]);
      if (op[0] === EQUAL) out.push(text);
      else {
        var del = op[0] === DELETE;
        out.push(el(del ? "del" : "ins", { "class": del ? "redline-del" : "redline-ins" },
                    [el("span", { "class": "redline-sr" }, [(del ? t.sr_deleted : t.sr_inserted) + " "]), text]));
      }
      if (k < ops.length - 1) out.push(" ");
    });
    return out;
  }

  function sectionOf(s) { return s["new"] || s.old; }
  function id(s) {  // as redline.html's, a removed section's apart from a new one with its number
    var n = sectionOf(s).number;
    return !n ? "compare-preamble" : (s["new"] ? "compare-s" : "compare-old-s") + n.replace(/\./g, "-");
  }
  function heading(s) {
    if (!sectionOf(s).number) return t.preamble;
    if (s.old && s["new"] && s.old.number !== s["new"].number)
      return "§" + s.old.number + " → §" + s["new"].number + " " + s["new"].title;
    return "§" + sectionOf(s).number + " " + sectionOf(s).title;
  }
  function statusOf(s) {
    return s.kind === "renumbered" ? t.renumbered + ", " + (s.changed ? t.text_changed : t.text_unchanged) : t[s.kind];
  }

  function render(sections, from, to) {
    var shown = sections.filter(function (s) { return s.kind !== "unchanged"; });
    var summary = el("h2", { id: "compare-summary", tabindex: "-1" }, [t.summary]);
    var nodes = [el("p", { "class": "redline-versions" }, [fill(t.heading, { old: from.label, "new": to.label })]),
                 summary, el("p", { "class": "redline-counts" }, [fill(t.counts, counts(sections))])];
    if (!shown.length) nodes.push(el("p", { "class": "redline-none" }, [t.no_change]));
    else nodes.push(el("ul", { "class": "redline-summary" }, shown.map(function (s) {
      var links = [];
      [[s.old, from], [s["new"], to]].forEach(function (side) {
        if (side[0] && side[0].anchor)
          links.push(el("a", { href: side[1].href + "#" + side[0].anchor },
                        [fill(t.version_of, { date: side[1].label })]));
      });
      var item = [el("a", { href: "#" + id(s) }, [heading(s)]), " (" + statusOf(s) + ")"];
      if (links.length) item.push(t.colon, links[0]);
      if (links.length > 1) item.push(" · ", links[1]);
      return el("li", { "class": "redline-" + s.kind }, item);
    })));
    shown.forEach(function (s) {
      var state = el("span", { "class": "redline-status" }, ["(" + statusOf(s) + ")"]);
      var body = [el("h2", {}, [heading(s) + " ", state])];
      if (s.titleOps.length && s.old && s["new"]) body.push(el("p", { "class": "redline-title" }, words(s.titleOps)));
      var skipped = false;
      s.blocks.forEach(function (b) {
        if (b.kind === "unchanged") {
          if (!skipped && s.changed) body.push(el("p", { "class": "redline-skip", title: t.skipped },
            [el("span", { "aria-hidden": "true" }, ["…"]), el("span", { "class": "redline-sr" }, [t.skipped])]));
          skipped = true;
          return;
        }
        skipped = false;
        var names = ["redline-block", "redline-block-" + b.kind, "redline-" + b.block.kind,
                     "redline-depth-" + (b.block.depth || 0)];
        body.push(el("div", { "class": names.join(" ") }, [el("p", {}, words(b.ops))]));
      });
      nodes.push(el("section", { "class": "redline-section redline-" + s.kind, id: id(s) }, body));
    });
    result.textContent = "";
    nodes.forEach(function (node) { result.appendChild(node); });
    return { summary: summary, counts: fill(t.counts, counts(sections)) };
  }

  function side(select) {
    var option = select.options[select.selectedIndex];
    return { version: option.value, label: option.textContent, json: "../" + option.value + "/policy.json",
             href: "../" + option.value + "/" };
  }

  function fetchJson(url) {
    if (!loaded[url]) loaded[url] = fetch(url).then(function (response) {
      if (!response.ok) throw new Error(response.status + " " + url);
      return response.json();
    }).catch(function (error) { delete loaded[url]; throw error; });
    return loaded[url];
  }

  function compare(focus) {
    var from = side(pick.old), to = side(pick["new"]);
    if (from.version === to.version) {
      result.textContent = "";
      legend.hidden = true;
      status.textContent = t.compare_same;
      return;
    }
    status.textContent = t.compare_loading;
    Promise.all([fetchJson(from.json), fetchJson(to.json)]).then(function (docs) {
      var shown = render(diffPolicies(docs[0], docs[1]), from, to);
      legend.hidden = false;
      status.textContent = fill(t.compare_done, { counts: shown.counts });
      history.replaceState(history.state, "", "#" + from.version + ".." + to.version);
      if (focus) shown.summary.focus();
    }).catch(function (error) {
      status.textContent = fill(t.compare_error, { error: error.message });
    });
  }

  /* The dated versions, newest first, as mike's versions.json lists them (title: the date in words). */
  function offer(versions) {
    var dated = versions.filter(function (v) { return /^\d{4}-\d{2}-\d{2}$/.test(v.version); });
    if (dated.length < 2) {
      status.textContent = t.compare_one;
      return;
    }
    [pick.old, pick["new"]].forEach(function (select) {
      dated.forEach(function (v) { select.appendChild(el("option", { value: v.version }, [v.title || v.version])); });
    });
    pick["new"].selectedIndex = 0;
    pick.old.selectedIndex = 1;
    form.hidden = false;
    form.addEventListener("submit", function (event) { event.preventDefault(); compare(true); });
    var asked = /^#(\d{4}-\d{2}-\d{2})\.\.(\d{4}-\d{2}-\d{2})$/.exec(location.hash);
    if (asked) {
      pick.old.value = asked[1];
      pick["new"].value = asked[2];
      if (pick.old.value === asked[1] && pick["new"].value === asked[2]) compare(false);
    }
  }

  fetchJson("../versions.json").then(offer).catch(function (error) {
    status.textContent = fill(t.compare_list_error, { error: error.message });
  });
})();
