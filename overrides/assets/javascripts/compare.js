/* The compare page (partials/policy-compare.html): two dated versions diffed in the reader's browser.
   The versions offered are those of mike's ../versions.json; each publishes its text as policy.json
   (src/policysite/export.py). This script fetches the two chosen ones from this host and diffs them
   with redline.js, the engine of redline.py ported line for line (tests/integration/test_redline_parity.py
   holds them to one answer), then shows the redline with the markup of partials/redline.html
   (<del>/<ins>, redline.css). No library, no other host. */
(function () {
  "use strict";

  var engine = window.PolicyRedline;
  var EQUAL = engine.EQUAL, DELETE = engine.DELETE, INSERT = engine.INSERT;

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

  // a text that shows nothing, spaces and invisible format characters only (strings.blank): quoted, it reads «  »
  function blank(text) { return /^[\s\p{Cf}]*$/u.test(text || ""); }
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

  // The site's words on a page of a language it has none for (English, left to right: archive.compare_page's `ui`),
  // marked as theirs inside the result, which is in the text's language, as partials/redline.html marks them on the
  // changes page; a version's date in them marked as the text's language. Elsewhere nothing is marked.
  function said(node) {
    if (t.ui) { node.setAttribute("lang", t.ui.lang); node.setAttribute("dir", t.ui.dir); }
    return node;
  }
  function inText(node) {  // words of the text inside the site's marked ones: redline.html's `in_lang`
    if (t.ui) { node.setAttribute("lang", t.text_lang); node.setAttribute("dir", "auto"); }
    return node;
  }
  function labelled(side) {  // a version's label: its date (versions.json's date_text), then what the site says of it
    if (!t.ui || !side.date || side.label.indexOf(side.date)) return [side.label];
    return [el("time", { datetime: side.version, lang: t.text_lang, dir: "auto" }, [side.date]),
            side.label.slice(side.date.length)];
  }
  function filled(text, values) {  // fill, each value a list of strings and nodes
    var out = [];
    text.split(/(\{\w+\})/).forEach(function (part) {
      var name = /^\{(\w+)\}$/.exec(part);
      out = out.concat(name && name[1] in values ? values[name[1]] : [part]);
    });
    return out.filter(function (part) { return part !== ""; });
  }

  // partials/redline.html's words macro: a block's (`b`, a row's cell `column`) superscripts raised, its parts in
  // another language in a <span lang> (engine.parted)
  // render.number_ops: an item's number, one that changed deleted and the new one inserted (as Word and the PDF revise it)
  function numberOps(b) {
    var o = b.old, n = b["new"], block = n || o;
    if (o && n && o.kind === "item" && n.kind === "item" && (o.number || 0) !== (n.number || 0))
      return [[DELETE, o.number], [INSERT, n.number]].filter(function (op) { return op[1]; })
        .map(function (op) { return [op[0], op[1] + "."]; });
    return block.kind === "item" && block.number ? [[EQUAL, block.number + "."]] : [];
  }
  function words(ops, b, column, title) {
    var out = [], pieces = title ? engine.titleParted(title, ops)
      : b ? engine.parted(ops, b.old, b["new"], column === undefined ? null : [column, column]) : null;
    engine.segments(pieces ? pieces.map(function (p) { return [p[0], p[1]]; }) : ops).forEach(function (seg, k) {
      var text = pieces && pieces[k][2] ? el("sup", {}, [seg[1]]) : seg[1];
      if (pieces && pieces[k][3]) text = el("span", { lang: pieces[k][3] }, [text]);  // a part in another language
      if (seg[0] === EQUAL) out.push(text);
      else {
        var del = seg[0] === DELETE;
        out.push(el(del ? "del" : "ins", { "class": del ? "redline-del" : "redline-ins" },
                    [said(el("span", { "class": "redline-sr" }, [(del ? t.sr_deleted : t.sr_inserted) + " "])), text]));
      }
      if (seg[2]) out.push(seg[2]);
    });
    return out;
  }

  function heading(s) {  // redline.py's _heading: a section without a number is named by its title alone
    var number = engine.numberOf(s), title = s.newNumber !== null ? s.newTitle : s.oldTitle;
    if (!number) return t.preamble;
    var from = engine.labelOf(s.oldNumber), to = engine.labelOf(s.newNumber);
    if ((s.kind === "renumbered" || s.kind === "moved") && from && to && s.oldNumber !== s.newNumber)
      return engine.labelOf(s.oldNumber, s.oldMark, t.section) + " → " +
        engine.named(s.newNumber, s.newTitle, s.newMark, t.section);
    // as the page writes its number: "§2a" for `Article 2a`, "第３条（保存期間）"
    var said = engine.named(number, title, s.newNumber !== null ? s.newMark : s.oldMark, t.section);
    return blank(said) ? t.untitled_section : said;
  }
  // render.titled: words naming a section that show its title (`said`: its heading), a part its heading marks in
  // another language in a <span lang>, as the policy page's heading has it
  function titled(s, said) {
    var neu = s.newNumber !== null, title = neu ? s.newTitle : s.oldTitle;
    var at = title && ((neu ? s.newLangs : s.oldLangs) || []).length ? said.lastIndexOf(title) : -1;
    if (at < 0) return [said];
    var out = [said.slice(0, at)];
    engine.titleParted(s, [[neu ? INSERT : DELETE, title]]).forEach(function (p) {
      out.push(p[3] ? el("span", { lang: p[3] }, [p[1]]) : p[1]);
    });
    out.push(said.slice(at + title.length));
    return out.filter(function (part) { return part !== ""; });
  }
  function statusOf(s) {  // redline.py's _status: a heading's numbering written otherwise is said after its kind's
    var said = !s.numberingOps.length ? kindStatus(s)
      : s.kind === "unchanged" ? t.numbering_changed : kindStatus(s) + t.comma + t.numbering_changed;
    // renamed: its old title beside the new one
    if (engine.numberOf(s) && s.titleOps.length && s.oldNumber !== null && s.newNumber !== null)
      said += t.comma + (blank(s.oldTitle) ? t.formerly_untitled : fill(t.formerly, { title: s.oldTitle }));
    return said;
  }
  function kindStatus(s) {
    if (!engine.numberOf(s) && s.kind === "changed") return t.preamble_changed;  // the title and introduction
    if (s.kind === "renumbered" || s.kind === "moved")
      return t[s.kind] + t.comma + (s.references ? t.references_renumbered
        : s.blocks.some(function (b) { return b.kind !== "unchanged"; }) ? t.text_changed
        : s.titleOps.length ? t.title_changed : s.linkOps.length ? t.text_changed : t.text_unchanged);
    if (s.partner)  // merged into §3, split off §5: the section as the new version numbers it
      return naming(s.kind, engine.labelOf(s.partner[0], s.partner[2], t.section) || s.partner[1]);
    return t[s.kind];
  }
  function aside(text) {  // redline.html's: [" ", "(text)"], ["", "（text）"] (policy.js: policyAside)
    var marks = window.policyAside(t.plural_lang);
    // strings.NESTED_ASIDES: words holding the aside's own brackets, "第2条（取得する情報）", set in 〔…〕
    if (marks[1] === "\uff08" && (text.indexOf("\uff08") !== -1 || text.indexOf("\uff09") !== -1))
      marks = [marks[0], "\u3014", "\u3015"];
    return [marks[0], marks[1] + text + marks[2]];
  }
  function id(s) {  // as redline.html's: a removed section's apart from a new one with its number
    var number = engine.numberOf(s);
    return !number ? "compare-preamble" : (s.newNumber ? "compare-s" : "compare-old-s") + number.replace(/\./g, "-");
  }
  // strings.counted: a count's words in the form its number takes in the language (count_changed|one…)
  // (policyPlural: by the rules the build counts with where the browser has none for the language, never the reader's)
  function counted(key, n) {
    var form = t[key + "|" + window.policyPlural(n, t.plural_lang, t.plural_rule)];
    return fill(form === undefined ? t[key] : form, { n: window.policyNumber(n, t.number) });
  }
  function notesLine(notes) {  // redline.py's _notes_line: only the kinds there are
    var said = [];
    ["whitespace", "formatting"].forEach(function (k) { if (notes[k]) said.push(counted("note_" + k, notes[k])); });
    return fill(t.notes, { notes: said.join(t.comma) });
  }
  function sectionCounts(summary) {  // redline.render.section_counts: each section counted once
    var renumbered = summary.renumbered.filter(engine.isChanged).length,
        moved = summary.moved.filter(engine.isChanged).length;
    return [["changed", summary.changed.length - renumbered - moved], ["added", summary.added.length],
            ["removed", summary.removed.length], ["renumbered_changed", renumbered],
            ["renumbered", summary.renumbered.length - renumbered], ["moved_changed", moved],
            ["moved", summary.moved.length - moved], ["merged", summary.merged.length],
            ["split", summary.split.length]];
  }
  function countsLine(summary, sections) {  // redline.py's _counts_line: only the kinds that happened
    var said = [];
    sectionCounts(summary).forEach(function (kind) {
      if (kind[1]) said.push(counted("count_" + kind[0], kind[1]));
    });
    var counts = said.join(t.comma) || t.counts_none;
    if (sections.some(function (s) { return !engine.numberOf(s) && engine.isChanged(s); }))
      counts = fill(t.counts_preamble, { counts: counts });  // the title or the text above §1: a clause of its own
    return fill(t.counts, { counts: counts });
  }

  // redline/replaced.py: each term the new version writes otherwise everywhere (at least 3 times, none left), said once,
  // the most replaced first, 3 at most (render.replaced_lines): "“User” becomes “Customer” throughout (30 times)."
  var TERM = /[\p{L}\p{N}]/u;
  // The text's words a line of the site's quotes (a term, a number with its words, an address, a section's heading),
  // marked as the text's where the site's words are another language's (render.filed_html, reader34: read as English)
  function quoted(text) { return [t.ui ? inText(el("span", {}, [text])) : text]; }
  function quotedHeading(s) {
    var said_ = heading(s);  // (the site's own words for the title and introduction, or an untitled section)
    return said_ === t.preamble || said_ === t.untitled_section ? [said_] : quoted(said_);
  }
  function trimmed(a, b) {  // replaced._trimmed: their shared ends apart, up to a sign that is no letter or digit
    var start = 0, end = 0, k;
    for (k = 0; k < Math.min(a.length, b.length) && a[k] === b[k]; k++) if (!TERM.test(a[k])) start = k + 1;
    var ra = a.slice(start), rb = b.slice(start);
    for (k = 0; k < Math.min(ra.length, rb.length) && ra[ra.length - 1 - k] === rb[rb.length - 1 - k]; k++)
      if (!TERM.test(ra[ra.length - 1 - k])) end = k + 1;
    return [ra.slice(0, ra.length - end).trim(), rb.slice(0, rb.length - end).trim()];
  }
  function isTerm(words) { return /\p{L}/u.test(words) && words.split(/\s+/).filter(Boolean).length <= 4; }
  function replacedLines(sections) {
    var forms = {}, keys = [], text = [];
    function one(text) { return text.split(/\s+/).filter(Boolean).join(" "); }
    function pairs(ops) {
      for (var k = 0; k < ops.length;) {
        if (ops[k][0] === EQUAL) { k++; continue; }
        var deleted = "", inserted = "", start = k;
        for (; k < ops.length && ops[k][0] !== EQUAL; k++) {
          if (ops[k][0] === DELETE) deleted += ops[k][1]; else inserted += ops[k][1];
        }
        if (!deleted || !inserted) continue;
        // replaced._in_a_word: a run that cuts a word (a letter kept glued to one of its sides' own) is no term
        var before = start > 0 ? Array.from(ops[start - 1][1]).pop() || "" : "";
        var after = k < ops.length ? Array.from(ops[k][1])[0] || "" : "";
        var sides = [deleted, inserted].map(function (side) { return Array.from(side); });
        if ((TERM.test(before) && sides.some(function (c) { return TERM.test(c[0] || ""); })) ||
            (TERM.test(after) && sides.some(function (c) { return TERM.test(c[c.length - 1] || ""); }))) continue;
        var pair = trimmed(one(deleted), one(inserted));
        if (!isTerm(pair[0]) || !isTerm(pair[1]) || pair[0].toLowerCase() === pair[1].toLowerCase()) continue;
        var key = pair[0].toLowerCase() + "\u0000" + pair[1].toLowerCase(), form = pair[0] + "\u0000" + pair[1];
        if (!forms[key]) { forms[key] = { order: [], counts: {} }; keys.push(key); }
        if (!(form in forms[key].counts)) { forms[key].order.push(form); forms[key].counts[form] = 0; }
        forms[key].counts[form]++;
      }
    }
    sections.forEach(function (s) {
      if (s.newNumber !== null || !engine.numberOf(s)) text.push(s.newTitle);
      s.blocks.forEach(function (b) {
        if (b["new"]) text.push(b["new"].text, (b["new"].cells || []).join(" | "));
      });
      if (["added", "removed", "merged", "split"].indexOf(s.kind) === -1) pairs(s.titleOps);
      s.blocks.forEach(function (b) {  // replaced._edited: changed in place or joined, or moved here edited on the way
        if (b.moved === "from") pairs(b.movedOps || []);
        else if (b.kind === "changed" && !b.moved) pairs(b.ops);
      });
    });
    var all = text.join("\n"), found = [];
    keys.forEach(function (key) {
      var f = forms[key], count = 0, best = f.order[0];
      f.order.forEach(function (form) { count += f.counts[form]; if (f.counts[form] > f.counts[best]) best = form; });
      var term = best.split("\u0000"), escaped = term[0].replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
      if (count >= 3 && !new RegExp("(?<![\\p{L}\\p{N}_])" + escaped + "(?![\\p{L}\\p{N}_])", "iu").test(all))
        found.push({ old: term[0], "new": term[1], count: count });
    });
    found.sort(function (a, b) {
      var x = a.old.toLowerCase(), y = b.old.toLowerCase();
      return b.count - a.count || (x < y ? -1 : x > y ? 1 : 0);
    });
    return found.slice(0, 3).map(function (r) {
      var form = t["term_replaced|" + window.policyPlural(r.count, t.plural_lang, t.plural_rule)];
      return filled(form === undefined ? t.term_replaced : form,
                    { old: quoted(r.old), "new": quoted(r["new"]), count: [window.policyNumber(r.count, t.number)] });
    });
  }

  // render.filed_lines' others: each number changed in a sentence or a cell, the word before and after it with it
  // (redline/figures.py), and each link's address changed under the same words (redline/targets.py), said with its
  // section's heading: "« pendant 30 jours » devient « pendant 60 jours » (§3 Durée)."
  var SIGNS = ".,;:!?)]}»”\"'’…", WHOLE = ["added", "removed", "merged", "split"];
  function changedRuns(ops) {  // model.changed_runs: [start, end] of each run of deleted and inserted ops
    var runs = [];
    for (var k = 0; k < ops.length;) {
      if (ops[k][0] === EQUAL) { k++; continue; }
      var start = k;
      while (k < ops.length && ops[k][0] !== EQUAL) k++;
      runs.push([start, k]);
    }
    return runs;
  }
  function splitWords(text) { return text.split(/\s+/).filter(Boolean); }
  function figureWord(words) {  // figures._word: its signs at its end left out; "" for none or for signs alone
    var word = words.length ? words[0] : "";
    while (word && SIGNS.indexOf(word[word.length - 1]) !== -1) word = word.slice(0, -1);
    return TERM.test(word) ? word : "";
  }
  function figures(ops) {  // figures._numbers
    var found = [];
    changedRuns(ops).forEach(function (run) {
      var sides = {};
      sides[DELETE] = ""; sides[INSERT] = "";
      ops.slice(run[0], run[1]).forEach(function (op) { sides[op[0]] += op[1]; });
      var old = splitWords(sides[DELETE]).join(" "), neu = splitWords(sides[INSERT]).join(" ");
      if (![old, neu].every(function (w) { return /\p{Nd}/u.test(w) && splitWords(w).length <= 4; })) return;
      var before = figureWord(run[0] && ops[run[0] - 1][0] === EQUAL ? splitWords(ops[run[0] - 1][1]).slice(-1) : []);
      var after = figureWord(run[1] < ops.length ? splitWords(ops[run[1]][1]).slice(0, 1) : []);
      function around(w) { return [before, w, after].filter(Boolean).join(" "); }
      found.push([around(old), around(neu)]);
    });
    return found;
  }
  function addresses(text) {  // targets._addresses: each link target written ⟨address⟩
    return text.split("\u27e8").slice(1).map(function (part) { return part.split("\u27e9")[0]; });
  }
  function relinked(ops) {  // targets._replaced
    var found = [];
    changedRuns(ops).forEach(function (run) {
      var gone = [], came = [];
      ops.slice(run[0], run[1]).forEach(function (op) {
        (op[0] === DELETE ? gone : came).push.apply(op[0] === DELETE ? gone : came, addresses(op[1]));
      });
      if (gone.length !== came.length) return;
      gone.forEach(function (old, k) { if (old !== came[k]) found.push([old, came[k]]); });
    });
    return found;
  }
  function figureLines(sections) {
    var numbers = [], links = [];
    sections.forEach(function (s) {
      if (WHOLE.indexOf(s.kind) !== -1) return;
      var runs = [s.titleOps];  // figures._runs: a row's cell by cell, a block moved here against where it was
      s.blocks.forEach(function (b) {
        if (b.moved === "from") runs.push(b.movedOps || []);
        else if (b.kind === "changed" && !b.moved) runs.push.apply(runs, b.cells && b.cells.length ? b.cells : [b.ops]);
      });
      runs.forEach(function (ops) {
        figures(ops).forEach(function (p) {
          numbers.push(filled(t.figure_changed, { old: quoted(p[0]), "new": quoted(p[1]), section: quotedHeading(s) }));
        });
      });
      s.blocks.forEach(function (b) {
        if (b.kind === "changed" && !b.moved) relinked(b.linkOps || []).forEach(function (p) {
          links.push(filled(t.link_changed, { old: quoted(p[0]), "new": quoted(p[1]), section: quotedHeading(s) }));
        });
      });
    });
    return numbers.concat(links);
  }

  // render.moved_line: where a block moved, or paragraphs merged into it or one split into it and others, said after it;
  // then each image of it replaced (render.image_line), named in both versions
  function movedLine(b) {
    var where = (function () {  // render._where_line
      if (b.fromList) return t.list_made_table;  // a list made this table, said by its header row
      if (b.fromTable) return t.table_made_list;  // a table made this list, said by its last item
      if (b.movedColumns && b.movedColumns.length)  // a table's columns moved, said by their headers
        return b.movedColumns.map(function (name) {
          return blank(name) ? t.column_moved_untitled : fill(t.column_moved, { column: engine.norm(name) });
        }).join(" ");
      // said once, counted, as what they are (render.joined_key: "3 list items merged into this one."), a merge by
      // what took them in where their key's words would name another kind ("…into this paragraph")
      if (b.joined) return b.joinedCount ? counted(joinedKey(b), b.joinedCount) : "";
      if (b.movedWithin) return t.moved_within;
      if (!b.moved) return "";
      if ((b["new"] || b.old).kind === "row") {  // rows reordered: said once, by the row where it is now
        var name = b.moved === "from" && b["new"] ? b["new"].cells.filter(function (c) { return !blank(c); })[0] : "";
        return name ? fill(t[b.movedUp ? "row_moved_up" : "row_moved_down"], { row: engine.norm(name) }) : "";  // its spaces collapsed
      }
      if (!b.movedWith) return t[b.movedUp ? "moved_up" : "moved_down"];
      var w = b.movedWith;
      return naming("moved_" + b.moved, w[0] ? engine.named(w[0], w[1], w[2], t.section) : t.preamble);
    })();
    var images = (b.images || []).map(function (p) {  // render.image_line: [kind, old name, new name]
      if (p[0] !== "replaced") {
        var name = p[0] === "added" ? p[2] : p[1];
        return blank(name) ? t["image_" + p[0] + "_untitled"] : fill(t["image_" + p[0]], { image: name });
      }
      if (blank(p[1]) || blank(p[2])) return t[p[1] === p[2] ? "image_replaced_same_untitled" : "image_replaced_untitled"];
      return p[1] === p[2] ? fill(t.image_replaced_same, { image: p[2] }) : fill(t.image_replaced, { old: p[1], "new": p[2] });
    });
    return [where].concat(images).filter(function (said_) { return said_; }).join(" ");
  }
  // render._MERGED_INTO: a merge into another kind of block than its key's words name
  var MERGED_INTO = { "|item": "joined_merged_into_item", "items|paragraph": "joined_merged_items_into_paragraph",
                      "mixed|item": "joined_merged_mixed_into_item" };
  function joinedKey(b) {  // render.joined_key
    var into = b.joined === "merged" && b["new"] ? MERGED_INTO[(b.joinedOf || "") + "|" + b["new"].kind] : undefined;
    return into || "joined_" + b.joined + (b.joinedOf ? "_" + b.joinedOf : "");
  }
  function naming(key, section) {  // render.naming: a section that shows nothing said by its key's own words
    return blank(section) ? t[key + "_untitled"] : fill(t[key], { section: section });
  }
  function beside(b) {  // redline.html's: where a block moved, its link targets and words shown on hover, changed
    var line = movedLine(b);
    return (line ? [said(el("p", { "class": "redline-moved" }, [line]))] : []).concat(
      [[t.links, b.linkOps], [t.hover, b.tipOps]].filter(function (said_) { return said_[1].length; })
      .map(function (said_) {
        return el("p", { "class": "redline-links" }, [t.ui ? said(el("span", {}, [said_[0]])) : said_[0], " "]
          .concat(words(said_[1])));
      }));
  }
  // render.shown_rows: the header, each changed row with ROW_CONTEXT rows on each side, and in place of each longer
  // run of unchanged rows, how many it holds (a number; a run of one row is shown)
  var ROW_CONTEXT = 1;
  function shownRows(rows) {
    var near = { 0: true }, out = [], left = [];
    rows.forEach(function (r, k) {
      if (r.kind === "unchanged") return;
      for (var d = -ROW_CONTEXT; d <= ROW_CONTEXT; d++) near[k + d] = true;
    });
    rows.concat([null]).forEach(function (r, k) {
      if (r !== null && !near[k]) { left.push(r); return; }
      out = out.concat(left.length < 2 ? left : [left.length]);
      left = [];
      if (r !== null) out.push(r);
    });
    return out;
  }
  // A changed table as a table, its first row its header, its rows as shownRows says (redline.html's table_of), in
  // the box the policy page's tables scroll in (Material's classes: Material wraps only the tables there when the
  // page loads).
  function tableOf(rows) {
    function row(r, cell) {
      if (typeof r === "number")
        return el("tr", { "class": "redline-gap" }, [said(el("td", { colspan: String(rows[0].cells.length) },
          [fill(t.rows_skipped, { count: window.policyNumber(r, t.number) })]))]);
      var kind = r.kind === "added" || r.kind === "removed" ?
        { "class": "redline-row-" + r.kind + (r.moved ? " redline-row-moved" : "") } : {};
      // (a row moved here: its cells from where it was, model.BlockChange.shown_cells)
      return el("tr", kind, engine.shownCells(r).map(function (ops, k) {
        return el(cell, cell === "th" ? { scope: "col" } : {}, words(ops, r, k));
      }));
    }
    var table = el("table", {}, [el("thead", {}, [row(rows[0], "th")])]);
    if (rows.length > 1)
      table.appendChild(el("tbody", {}, shownRows(rows).slice(1).map(function (r) { return row(r, "td"); })));
    var parts = [el("div", { "class": "md-typeset__scrollwrap" }, [el("div", { "class": "md-typeset__table" }, [table])])];
    rows.forEach(function (r) { parts = parts.concat(beside(r)); });
    return el("div", { "class": "redline-block redline-table" }, parts);
  }

  // render.shifted: the sections shown, each run of SHIFTED_RUN or more only renumbered (title and text unchanged) as
  // one list of them, said once: "§3–§22 → §4–§23 (20 renumbered, text unchanged)"
  var SHIFTED_RUN = 3;
  // references.py: each section renumbered whose only edits are references to sections renumbered, written with their
  // new numbers after a section's word (t.section_words: heading_numbers.SECTION_WORDS), marked `references`
  var REFERENCE_WORD = new RegExp("^(?:" + t.section_words + ")s?$", "iu");
  // or after it, as Hungarian writes a reference, "a 4. pontban" (t.section_words_after: references.REFERENCE_AFTER)
  var REFERENCE_AFTER = new RegExp("^\\.\\s*(?:" + t.section_words_after + ")", "iu");
  var KEPT_AFTER = new RegExp("(^|[^\\d.])(\\d+(?:\\.\\d+)*)\\.\\s*(?:" + t.section_words_after + ")", "giu");
  function markReferences(sections) {
    var renumbered = new Map();
    sections.forEach(function (s) {
      if (s.oldNumber && s.newNumber && s.oldNumber !== s.newNumber) renumbered.set(s.oldNumber, s.newNumber);
    });
    function references(b) {
      if (b.kind !== "changed" || b.table || b.moved || b.movedWithin || b.joined || b.linkOps.length ||
          (b.tipOps && b.tipOps.length) || (b.images && b.images.length)) return false;
      var ops = b.ops, k = 0, found = false;
      while (k < ops.length) {
        if (ops[k][0] === EQUAL) { k++; continue; }
        if (!(ops[k][0] === DELETE && k + 1 < ops.length && ops[k + 1][0] === INSERT &&
              (k + 2 === ops.length || ops[k + 2][0] === EQUAL))) return false;
        var before = k && ops[k - 1][0] === EQUAL ? ops[k - 1][1].split(/\s+/).filter(Boolean).slice(-1) : [];
        var after = k + 2 < ops.length ? ops[k + 2][1] : "";
        if (!(before.length && REFERENCE_WORD.test(before[0]) || REFERENCE_AFTER.test(after)) ||
            renumbered.get(ops[k][1].trim()) !== ops[k + 1][1].trim()) return false;
        found = true; k += 2;
      }
      // references.py's _stale: a reference kept to a section renumbered names another section now
      var joined = ops.map(function (op) { return op[0] === EQUAL ? op[1] : ""; }).join(" \0 ");
      var kept = joined.split(/\s+/).filter(Boolean);
      return found && !kept.some(function (word, n) {
        return n + 1 < kept.length && REFERENCE_WORD.test(word) && renumbered.has(kept[n + 1].replace(/[.,;:)]+$/, ""));
      }) && !keptAfter(joined);
    }
    function keptAfter(text) {  // a reference written number first, kept to a section renumbered
      KEPT_AFTER.lastIndex = 0;
      for (var m = KEPT_AFTER.exec(text); m; m = KEPT_AFTER.exec(text)) if (renumbered.has(m[2])) return true;
      return false;
    }
    sections.forEach(function (s) {
      var edited = s.blocks.filter(function (b) { return b.kind !== "unchanged"; });
      s.references = s.kind === "renumbered" && !s.titleOps.length && !s.linkOps.length && !s.numberingOps.length &&
        edited.length > 0 && edited.every(references);
    });
  }
  function shifted(sections, summary) {  // (`summary`: sections of references renumbered in its runs too)
    var out = [], run = [];
    function close() { out = out.concat(run.length >= SHIFTED_RUN ? [run] : run); run = []; }
    sections.forEach(function (s) {
      if (s.kind === "renumbered" && (!engine.isChanged(s) || summary && s.references) && !s.numberingOps.length &&
          engine.labelOf(s.oldNumber, s.oldMark) && engine.labelOf(s.newNumber, s.newMark)) { run.push(s); return; }
      close();
      if (engine.isDisplayed(s)) out.push(s);
    });
    close();
    return out;
  }
  function runHeading(run) {  // render.run_heading
    var first = run[0], last = run[run.length - 1];
    function label(number, mark) { return engine.labelOf(number, mark, t.section); }  // (第3条–第22条)
    return label(first.oldNumber, first.oldMark) + "\u2013" + label(last.oldNumber, last.oldMark) +
      " \u2192 " + label(first.newNumber, first.newMark) + "\u2013" + label(last.newNumber, last.newMark);
  }
  function runStatus(run) {
    return counted("count_renumbered", run.length) + t.comma +
      (run.some(function (s) { return s.references; }) ? t.references_renumbered : t.text_unchanged);
  }

  // render.notice_lines, as redline.html writes them: the newer version announced ahead of its date, its dates <time>s
  // (policy.json's `announced`: its ISO date and that date in words), and marked an editorial change
  function noticeLines(doc, to) {
    var lines = [], day = Array.isArray(doc.announced) && doc.announced.length === 2 ? doc.announced : null;
    if (day && typeof day[0] === "string" && typeof day[1] === "string")
      lines.push(said(el("p", { "class": "redline-announced" }, filled(t.announced, {
        announced: [inText(el("time", { datetime: day[0] }, [day[1]]))],
        date: [inText(el("time", { datetime: to.version }, [to.date || to.version]))] }))));
    if (doc.editorial === true) lines.push(said(el("p", { "class": "redline-editorial" }, [t.editorial_version])));
    return lines;
  }

  function render(redline, from, to, doc) {
    markReferences(redline.sections);
    var shown = shifted(redline.sections),
        changed = redline.sections.some(function (s) { return s.kind !== "unchanged"; });
    var summary = said(el("h2", { id: "compare-summary", tabindex: "-1" }, [t.summary]));
    var counts = countsLine(engine.summary(redline), redline.sections);
    var nodes = [said(el("p", { "class": "redline-versions" }, filled(t.heading, { old: labelled(from), "new": labelled(to) }))),
                 summary, said(el("p", { "class": "redline-counts" }, [counts]))];
    // as redline.html's redline-replaced lines (render.filed_lines): terms replaced, then numbers and link addresses
    replacedLines(redline.sections).concat(figureLines(redline.sections)).forEach(function (line) {
      nodes.push(said(el("p", { "class": "redline-replaced" }, line)));
    });
    nodes.splice.apply(nodes, [1, 0].concat(noticeLines(doc, to)));  // under the versions' line, as redline.html
    if (redline.notes.whitespace || redline.notes.formatting)
      nodes.push(said(el("p", { "class": "redline-notes" }, [notesLine(redline.notes)])));
    if (!changed) nodes.push(said(el("p", { "class": "redline-none" }, [t.no_change])));
    if (shown.length) nodes.push(el("ul", { "class": "redline-summary" }, shifted(redline.sections, true).map(function (s) {
      if (Array.isArray(s)) {  // redline.html's: a run of sections only renumbered, said once
        var runStated = aside(runStatus(s));
        return el("li", { "class": "redline-renumbered" }, [el("a", { href: "#" + id(s[0]) }, [runHeading(s)]),
          runStated[0], said(el("span", {}, [runStated[1]]))]);
      }
      var links = [];
      [[s.oldNumber, from, s.oldId], [s.newNumber, to, s.newId]].forEach(function (sideOf) {
        // named with its section too, as redline.html's section_link: "version of …" alone, once per section; the
        // section said by unseen words marked as the text's, not an aria-label, which cannot say its words' language.
        // Into the section's id on its version's page (policy.json's `id`: an older rule's `article-3`, a translation's
        // page taking its authoritative text's ids), else its number's anchor (an export without it: that rule's)
        if (sideOf[0]) links.push(said(el("a", { href: sideOf[1].href + "#" + (sideOf[2] || engine.anchorFor(sideOf[0])) },
          filled(t.version_of, { date: labelled(sideOf[1]) }).concat([inText(el("span", { "class": "policy-unseen" },
            [aside(heading(s)).join("")]))]))));
      });
      var stated = aside(statusOf(s));
      var item = [el("a", { href: "#" + id(s) }, titled(s, heading(s))), stated[0],
                  t.ui ? said(el("span", {}, [stated[1]])) : stated[1]];
      if (links.length) item.push(t.colon, links[0]);
      if (links.length > 1) item.push(" · ", links[1]);
      return el("li", { "class": "redline-" + s.kind }, item);
    })));
    shown.forEach(function (s) {
      if (Array.isArray(s)) {  // each keeps its id on the one section
        var runStated = aside(runStatus(s));
        nodes.push(el("section", { "class": "redline-section redline-renumbered", id: id(s[0]) },
          s.slice(1).map(function (member) { return el("span", { "class": "policy-alias", id: id(member) }, []); })
            .concat([el("h2", {}, [runHeading(s) + runStated[0],
                                   said(el("span", { "class": "redline-status" }, [runStated[1]]))])])));
        return;
      }
      var stated = aside(statusOf(s));
      var state = said(el("span", { "class": "redline-status" }, [stated[1]]));
      var body = [el("h2", {}, titled(s, heading(s)).concat([stated[0], state]))];
      if (s.numberingOps.length)  // redline.html's: the heading as each version writes its number
        body.push(el("p", { "class": "redline-title redline-numbering" }, words(s.numberingOps)));
      if (s.titleOps.length && s.oldNumber !== null && s.newNumber !== null)
        body.push(el("p", { "class": "redline-title" }, words(s.titleOps, null, undefined, s)));
      if (s.linkOps.length)  // redline.html's: its heading's link targets
        body.push(el("p", { "class": "redline-links" }, [t.ui ? said(el("span", {}, [t.links])) : t.links, " "]
          .concat(words(s.linkOps))));
      var skipped = false, changed = engine.isChanged(s), tables = {};
      s.blocks.forEach(function (b) { if (b.table) (tables[b.table] = tables[b.table] || []).push(b); });
      s.blocks.forEach(function (b) {
        var rows = tables[b.table];
        if (rows && rows.some(function (r) { return r.kind !== "unchanged"; })) {  // redline.html's table_of
          if (rows[0] === b) body.push(tableOf(rows));
          skipped = false;
          return;
        }
        if (b.kind === "unchanged" && numberOps(b).length < 2) {  // render.renumbered's shown
          if (!skipped && changed) body.push(said(el("p", { "class": "redline-skip", title: t.skipped },
            [el("span", { "aria-hidden": "true" }, ["…"]), el("span", { "class": "redline-sr" }, [t.skipped])])));
          skipped = true;
          return;
        }
        skipped = false;
        var block = b["new"] || b.old;
        var names = ["redline-block", "redline-block-" + b.kind].concat(b.moved ? ["redline-block-moved"] : [],
                     ["redline-" + block.kind, "redline-depth-" + (block.depth || 0)]);
        // an item of a numbered list shows its number, as the site does (redline.html)
        var numbered = block.kind === "item" && block.number;
        if (numbered) names.push("redline-numbered");
        var parts = [el("p", {}, (numbered ? [el("span", { "class": "redline-number" }, words(numberOps(b)).concat([" "]))] : [])
          .concat(words(engine.shownOps(b), b)))];  // shown_ops
        parts = parts.concat(beside(b));
        body.push(el("div", { "class": names.join(" ") }, parts));
      });
      nodes.push(el("section", { "class": "redline-section redline-" + s.kind, id: id(s) }, body));
    });
    result.textContent = "";
    nodes.forEach(function (node) { result.appendChild(node); });
    if (window.policyScrolling) window.policyScrolling(result);  // a wide table's box reached by keys, named
    return { summary: summary, counts: counts };
  }

  function side(select) {
    var option = select.options[select.selectedIndex];
    return { version: option.value, label: option.textContent, date: option.getAttribute("data-date"),
             json: "../" + option.value + "/policy.json", href: "../" + option.value + "/" };
  }

  function fetchJson(url) {
    if (!loaded[url]) loaded[url] = fetch(url).then(function (response) {
      if (!response.ok) throw new Error(response.status + " " + url);
      return response.json();
    }).catch(function (error) { delete loaded[url]; throw error; });
    return loaded[url];
  }

  // A version published before its policy.json said where its superscripts are (format 8): each block's read from
  // its page, which has them as <sup> (redline.js: pageSup), so that a footnote's call changed against it is that call
  // marked, as `policy diff` marks it, not the word it is glued to; a page that cannot be read, or whose blocks are not
  // all found there, leaves it as it was (its words compared uncut). So are the parts its text marks as written in
  // another language, for a version published before its policy.json said them (format 11; reader30), which the page
  // has as elements of their `lang`; and its title's (format 12; reader31), read from its <h1> only where the title
  // is shown, changed from the other version's (`titled`). Only such a version's page is fetched, from here.
  var read = {};
  function withSup(doc, href, titled) {
    if (!doc || engine.knowsSup(doc) && engine.knowsParts(doc) && (!titled || engine.knowsTitleParts(doc))
        || !window.DOMParser) return Promise.resolve(doc);
    if (!read[href]) read[href] = fetch(href).then(function (response) {
      if (!response.ok) throw new Error(response.status + " " + href);
      return response.text();
    }).then(function (text) {
      var page = new DOMParser().parseFromString(text, "text/html");
      var root = page.querySelector(".md-content article") || page.querySelector(".md-content");
      return (root && engine.pageSup(doc, root)) || doc;
    }).catch(function () { delete read[href]; return doc; });
    return read[href];
  }

  // Each comparison asked, numbered: one that ends after the reader asked another shows nothing. And one that ends
  // after the page said an address names an unknown date (the pair chosen stays) shows its result under that word,
  // without replacing it or the address the reader gave.
  var asking = 0, told = 0;

  function compare(focus, chosen) {
    // Two versions compared say what changed from the older to the newer, whichever was chosen or named first (the
    // address then names them in order, as `policy diff` orders them).
    if (pick.old.value > pick["new"].value) {
      var newer = pick.old.value;
      pick.old.value = pick["new"].value;
      pick["new"].value = newer;
    }
    var from = side(pick.old), to = side(pick["new"]), mine = ++asking, toldThen = told;
    // The address names the pair the page shows from the moment it is asked, in that order: a text that fails to
    // load left #NEWER..OLDER (or the pair before) in place, and a reload asked for another pair than the one shown.
    // A pair the reader chose is a step of their own, one entry of the browser's history (Back returns to the pair
    // before, or to the empty choice: reader33; the pair was written over the address, and Back left the page); a
    // pair the address named already has its entry, written again in order.
    var named = "#" + from.version + ".." + to.version;
    if (chosen && named !== location.hash) history.pushState(null, "", named);
    else history.replaceState(history.state, "", named);
    shown = location.hash;
    if (from.version === to.version) {
      result.textContent = "";
      legend.hidden = true;
      status.textContent = t.compare_same;
      return;
    }
    status.textContent = t.compare_loading;
    Promise.all([from, to].map(function (side_) { return fetchJson(side_.json); })).then(function (docs) {
      var titled = docs[0] && docs[1] && docs[0].title !== docs[1].title;  // (the preamble's title line shown)
      return Promise.all([from, to].map(function (side_, k) { return withSup(docs[k], side_.href, titled); }));
    }).then(function (docs) {
      if (mine !== asking) return;
      var shown = render(engine.diff(docs[0], docs[1]), from, to, docs[1]);
      legend.hidden = false;
      if (told !== toldThen) return;
      status.textContent = fill(t.compare_done, { counts: shown.counts });
      if (focus) shown.summary.focus();
    }).catch(function (error) {
      if (mine === asking && told === toldThen) status.textContent = fill(t.compare_error, { error: error.message });
    });
  }

  /* The dated versions, newest first, as mike's versions.json lists them (title: the date in words). */
  function offer(versions) {
    var dated = versions.filter(function (v) { return /^\d{4}-\d{2}-\d{2}$/.test(v.version); });
    inForce = (dated.filter(function (v) { return (v.aliases || []).indexOf("latest") !== -1; })[0] || {}).version;
    if (dated.length < 2) {
      status.textContent = t.compare_one;
      return;
    }
    [pick.old, pick["new"]].forEach(function (select) {
      dated.forEach(function (v) {
        select.appendChild(el("option", { value: v.version, "data-date": (v.properties || {}).date_text || "" },
                              [v.title || v.version]));
      });
    });
    pick["new"].selectedIndex = 0;
    pick.old.selectedIndex = 1;
    form.hidden = false;
    form.addEventListener("submit", function (event) { event.preventDefault(); compare(true, true); });
    first = [pick.old.value, pick["new"].value];
    asked();
    // The address names the pair (#OLD..NEW): edited, followed from another link, or reached by Back or Forward
    // (popstate; a browser may also say hashchange for it: the address already shown is not asked again), the page
    // shows what it says.
    window.addEventListener("hashchange", asked);
    window.addEventListener("popstate", asked);
  }

  // The page as first opened, which an address naming no pair shows again (Back past the first pair chosen): the two
  // newest versions offered, nothing compared, nothing said.
  var first, shown = "";
  function empty() {
    asking += 1;  // a comparison still loading shows nothing
    pick.old.value = first[0];
    pick["new"].value = first[1];
    result.textContent = "";
    legend.hidden = true;
    status.textContent = "";
  }

  // `latest` names the version in force, as the site's own addresses do (`#2019-03-04..latest`, a link written by hand);
  // any other side, a day mistyped (`2019-3-4`) or a word, is said to be no version's date: the page said nothing and
  // showed the two newest versions uncompared (reader24, session 53). The address's words are echoed only where they
  // could be a mistyped date (at.js: a link's own words never appear on the site's page, security hunt 19b).
  var inForce;
  function asked() {
    if (location.hash === shown) return;
    shown = location.hash;
    var pair = /^#(.+?)\.\.(.+)$/.exec(location.hash);
    if (!pair) return empty();
    var sides = [pair[1], pair[2]].map(function (side) {
      try { side = decodeURIComponent(side); } catch (error) { /* as written */ }
      return side.toLowerCase() === "latest" && inForce ? inForce : side;
    });
    var before = [pick.old.value, pick["new"].value];
    pick.old.value = sides[0];
    pick["new"].value = sides[1];
    var unknown = sides.filter(function (date, n) { return [pick.old, pick["new"]][n].value !== date; });
    if (!unknown.length) return compare(false);
    pick.old.value = before[0];
    pick["new"].value = before[1];
    told += 1;
    status.textContent = fill(t.compare_unknown, { date: /^[0-9./-]{1,12}$/.test(unknown[0]) ? unknown[0] : "…" });
  }

  // A link of the result to one of its sections goes there without leaving the pair's address (#OLD..NEW): reloaded
  // or shared, the address still opens the same comparison.
  result.addEventListener("click", function (event) {
    var link = event.target.closest && event.target.closest("a[href^='#']");
    if (!link) return;
    // (as written where it is no valid escape: `#50%` threw a URIError here, and the link left the pair's address)
    var id = link.getAttribute("href").slice(1);
    try { id = decodeURIComponent(id); } catch (error) { /* as written */ }
    var target = document.getElementById(id);
    if (!target) return;
    event.preventDefault();
    target.scrollIntoView();
    if (!target.hasAttribute("tabindex")) target.setAttribute("tabindex", "-1");
    target.focus({ preventScroll: true });
  });

  fetchJson("../versions.json").then(offer).catch(function (error) {
    status.textContent = fill(t.compare_list_error, { error: error.message });
  });
})();
