/* Keep the reader's section when switching language or version: the links carry the
   anchor of the heading at the top of the screen (anchors are identical across both). */
(function () {
  // strings.aside_marks' twin: what stands before an aside of the site's words in `lang` (the language they are written
  // in), and what opens and closes it: [" ", "(", ")"] but in Chinese and Japanese, full-width and with no space
  // ("2022年3月1日（現行）"), and in Korean, with no space ("(시행 중)"). compare.js reads it here.
  var ASIDES = { ja: ["", "\uff08", "\uff09"], zh: ["", "\uff08", "\uff09"], ko: ["", "(", ")"] };
  window.policyAside = function (lang) {
    return ASIDES[String(lang || "").split("-")[0].toLowerCase()] || [" ", "(", ")"];
  };
  // strings.number's twin: a count as the site's words write it, grouped as the page says (strings.number_format:
  // its separator and group sizes, Babel's, and CLDR's minimum grouping digits), 1,234 / 1 234 / 1.234, but 1234 and
  // 12 345 in Polish; as written without them. compare.js reads it here.
  window.policyNumber = function (n, format) {
    var digits = String(n), out = "", size = format && format.grouping ? format.grouping[0] : 0;
    if (digits.length < size + ((format && format.minimum) || 1)) size = 0;
    while (size > 0 && digits.length > size) {
      out = format.group + digits.slice(-size) + out;
      digits = digits.slice(0, -size);
      size = format.grouping[1];
    }
    return window.policyDigits(digits + out, format && format.digits);
  };
  // strings.in_digits' twin: `text`'s digits 0-9 written with `digits`, the ten the page's language writes its dates
  // and counts in (strings.digits: "۰۱۲۳۴۵۶۷۸۹" in Persian; "" for 0-9 themselves), as its Python side writes them.
  window.policyDigits = function (text, digits) {
    var written = Array.from(digits || "");  // (a digit beyond the first plane, Adlam's, is two code units)
    return written.length === 10 ? String(text).replace(/[0-9]/g, function (d) { return written[+d]; }) : String(text);
  };
  // strings.first_of_month's twin, where Intl writes 1: "1er mars", Brazil's "1º de março", Italian "1° marzo"
  window.policyFirst = function (text, lang) {
    var mark = /^fr\b/i.test(lang) ? "er" : /^pt-br\b/i.test(lang) ? "º" : /^it\b/i.test(lang) ? "°" : "";
    return mark && /^1 /.test(text) ? "1" + mark + text.slice(1) : text;
  };
  // strings.long_date's twin: `date` (a Date) as `lang` writes a day in prose, in `zone` (the reader's by default),
  // Gregorian, Latin digits, French's "1er"; as ISO 8601 writes it (2023-03-01) where the browser has no words for
  // `lang`, as the site writes it where CLDR has none. Intl answered a language it lacks (Dhivehi, Haitian Creole) in the
  // reader's own: an English reader's browser wrote "March 1, 2023" into a Dhivehi page, a French one's "1 mars 2023"
  // (reader27). at.js reads it here.
  window.policyDay = function (date, lang, zone) {
    try {
      var known = lang && Intl.DateTimeFormat.supportedLocalesOf([lang]).length;
      if (known) return window.policyFirst(new Intl.DateTimeFormat(lang, { day: "numeric", month: "long",
        year: "numeric", calendar: "gregory", numberingSystem: "latn", timeZone: zone }).format(date), lang);
    } catch (error) { /* a code Intl refuses: as ISO writes it */ }
    var parts = zone === "UTC" ? [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()]
      : [date.getFullYear(), date.getMonth() + 1, date.getDate()];
    return parts.map(function (n, i) { return String(n).padStart(i ? 2 : 4, "0"); }).join("-");
  };
  // strings.plural_category's twin: the plural category (one, few, other…) of the count `n` (a whole number) in
  // `lang`, by the browser's Intl.PluralRules where it has the language, else by `rule` (strings.plural_rule: CLDR's
  // rules, as the site's build counts with them). Intl.PluralRules answered a language it lacks with the rules of the
  // reader's own: a count's word took another language's form (small2). compare.js counts with it.
  window.policyPlural = function (n, lang, rule) {
    try {
      if (lang && Intl.PluralRules.supportedLocalesOf([lang]).length) return new Intl.PluralRules(lang).select(n);
    } catch (error) { /* a code Intl refuses: the rules the build counts with */ }
    function holds(c) {  // n and i: the count; its fraction's digits (v, f, t...) and exponent (e, c): none
      if (c[0] === "or") return holds(c[1]) || holds(c[2]);
      if (c[0] === "and") return holds(c[1]) && holds(c[2]);
      if (c[0] === "not") return !holds(c[1]);
      var value = (c[1] === "n" || c[1] === "i" ? Math.abs(n) : 0) % (c[2] || Infinity);
      return c[3].some(function (range) { return value >= range[0] && value <= range[1]; });
    }
    var found = (rule || []).filter(function (r) { return holds(r[1]); })[0];
    return found ? found[0] : "other";
  };
  // A dated version's title names it (pages.version_title); at latest/, the copy of the version in force, the title
  // is the document's alone, as a reader bookmarks the text in force.
  var titled = document.querySelector("title[data-policy-version-title]");
  if (titled && location.pathname.split("/").indexOf("latest") !== -1) {
    var said = titled.getAttribute("data-policy-version-title") + " - ";
    if (document.title.indexOf(said) === 0) document.title = document.title.slice(said.length);
  }
  // Where the version selector sends a reader whose section the chosen version does not have, when its anchor is
  // another section's there: an id starting with __ is the theme's own, never a section's (safety.py refuses it in the
  // text), so the page says the section is missing (.policy-missing).
  var ABSENT = "__absent";
  // The address's fragment (or a ¶ link's), decoded; as written where it is no valid escape.
  function fragment(raw) {
    if (raw === undefined) raw = location.hash.slice(1);
    try { return decodeURIComponent(raw); } catch (error) { return raw; }
  }
  function currentSection() {
    if (location.hash && fragment() !== ABSENT) {
      // An anchor the section kept (an old title's, the translation's own: anchors.with_aliases) names it on this page
      // only: the other pages know the section by its heading's id (reader hunt 42).
      var named = document.getElementById(fragment()), heading = named &&
        (named.classList.contains("policy-alias") || DATED.test(named.id)) && named.parentElement;
      if (!named && datedTarget(fragment())) heading = datedTarget(fragment());
      return heading && heading.id ? "#" + encodeURIComponent(heading.id) : location.hash;
    }
    // A changes page's and a side-by-side page's sections carry their ids, not their headings: scrolled to one, the
    // reader's section was the summary's, or none, and the other version opened at its top. The section at the top
    // is the one starting up to 5rem below the header, which an archived version's notice makes taller: 100 px from
    // the window's top was above where a section scrolled to stands, and the section before it was taken for it
    // (reader hunt 45).
    var headings = document.querySelectorAll(
      ".md-content :is(h2,h3,h4,h5,h6)[id],.md-content :is(.policy-sides-row,.redline-section)[id]");
    var rem = parseFloat(getComputedStyle(document.documentElement).fontSize), limit = covered() + 5 * (rem || 16);
    var id = "";
    for (var i = 0; i < headings.length; i++) {
      if (headings[i].getBoundingClientRect().top > limit) break;
      id = headings[i].id;
    }
    return id ? "#" + id : "";
  }
  // The bottom of what stays over the page's top: the header, or the archived notice where the header scrolls away
  // with the page (policy.css: a screen that short), or nothing; the header's bottom, above the screen then, made a
  // section scrolled to the top the one before it, and a focused link's start was left above the screen (reader21).
  function covered() {
    return Math.max(0, header ? header.getBoundingClientRect().bottom : 0,
      outdated && !outdated.hidden ? outdated.getBoundingClientRect().bottom : 0);
  }
  // Each section's title, by its id, without its number, permalink and status: a heading's, a side-by-side row's
  // (its first heading), a changes page's section (its heading, "§ 4 … (modifiée)", "§2 → §3 … (renumérotée, …)":
  // the arrow's second number was taken for the title's start); with the titles of the sections it is in, which tell
  // apart sections sharing a title ("Legal basis" under each purpose).
  // A heading's number before its title: `7.3`, `\u00a7 2`, an arrow between two; an article's mark, `第3条`,
  // `第十条之一`, `第10条の2`, `제3조의2` (heading_numbers._STATUTE_TITLE), the bracket of its caption left to it
  var HAN = "[\\d\uff10-\uff19\u3007\u96f6\u4e00\u4e8c\u4e09\u56db\u4e94\u516d\u4e03\u516b\u4e5d\u5341\u767e\u5343]";
  var ARTICLE = "(?:\u7b2c\\s*" + HAN + "+\\s*[\u6761\u689d\u7ae0](?:\\s*[\u306e\u4e4b]\\s*" + HAN + "+)?|"
    + "\uc81c\\s*\\d+\\s*[\uc870\uc7a5](?:\\s*\uc758\\s*\\d+)?)";
  // A number written with its word before it, `Madde 2 –`, `Article 12.1`, `Chapitre IV –` (heading_numbers._WORDED_TITLE:
  // a word, then digits, or a Roman numeral and a separator; not an article's 第 nor 제): read as the title, `madde 2 –
  // veriler` matched no section of the other version once renumbered, and the selector took the number's (reader21)
  var WORD = "(?![\u7b2c\uc81c])[\\p{L}\\p{M}]+\\.?\\s*(?:[IVXLC]+(?=\\s*[.:\u2013\u2014-])|(?=\\(?\\d))";
  var NUMBERS = new RegExp("^(?:[\\s\u00a7\\d.():\u2013\u2014\u2192-]|" + ARTICLE + "\\s*\u2192|" + WORD + ")*(?:" + ARTICLE
    + ")?", "u");
  // A heading's words without its permalink, nor what `also` names (a selector list's rest)
  function unmarked(node, also) {
    var copy = node.cloneNode(true);
    copy.querySelectorAll(".headerlink" + (also || "")).forEach(function (e) { e.remove(); });
    return copy.textContent;
  }
  function titles(root) {
    var found = {}, path = [];
    root.querySelectorAll(".md-content :is(h2,h3,h4,h5,h6)[id],.md-content :is(.policy-sides-row,.redline-section)[id]")
      .forEach(function (node) {
        var heading = /^H[2-6]$/.test(node.tagName) ? node : node.querySelector("h2,h3,h4,h5,h6");
        if (!heading) return;
        var level = +heading.tagName[1];
        // (an article's mark, `第3条`, `제3조의2`, is its number: `第3条（保存期間）` was `第3条`, its caption taken for a
        // status, and the selector took the reader to the other version's 第3条, another article once renumbered)
        // (nor a changes page's label, its number in the page's words, `Madde 2`, `סעיף 2 → סעיף 3`: redline.html's;
        // read as the title, it matched no section of the other version, reader20)
        var title = unmarked(heading, ",.redline-label").replace(NUMBERS, "");
        var bare = title.replace(/\s*[(\uff08][^()\uff08\uff09]*[)\uff09]\s*$/, "");
        title = (/\S/.test(bare) ? bare : title).replace(/\s+/g, " ").trim().toLowerCase();
        path = path.filter(function (outer) { return outer.level < level; });
        path.push({ level: level, title: title });
        found[node.id] = [path.map(function (outer) { return outer.title; }).join("\n"), title];
      });
    return found;
  }
  // The ids a page's sections had in earlier versions (anchors.page_anchors: `2023-05-10.s2` on the heading of the
  // section that was §2 on that date): [date, id, heading's id] of each; "" for a section removed since (in no heading,
  // not as an id: anchors.with_aliases), whose id no later section that took it answers (reader19).
  var DATED = /^(\d{4}-\d{2}-\d{2})\.(.+)$/;
  function dated(root, heading) {
    var found = [];
    [].forEach.call(heading ? heading.children : root.querySelectorAll(".policy-alias"), function (span) {
      var m = span.classList.contains("policy-alias") && DATED.exec(span.id || span.dataset.policyRemoved);
      if (m) found.push([m[1], m[2], span.parentElement.id]);
    });
    return found;
  }
  // Of those naming `id` (or all, with no `id`) from `since` on, the first: the id a section had on the first date
  // from `since` on that it changed (each change is dated, so no other section had that id in between).
  function first(entries, since, id) {
    return entries.filter(function (e) { return e[0] >= since && (!id || e[1] === id); })
      .sort(function (a, b) { return a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0; })[0];
  }
  // A changes page names each section it shows by its policy page's id after "redline-" (partials/redline.html), and
  // keeps the section's dated ids as the policy page does (reader hunt 44): `bare` is the policy page's id of one of
  // its sections, `idIn` the id the section of policy page id `id` has on `root`'s page (a changes page's or not).
  var CHANGES = "redline-";
  function bare(id) { return id.indexOf(CHANGES) === 0 ? id.slice(CHANGES.length) : id; }
  function idIn(root, id) {
    var shown = root.getElementById(CHANGES + id);
    return shown && shown.classList.contains("redline-section") ? CHANGES + id : root.getElementById(id) ? id : "";
  }
  function versionOf(root) {
    var marked = root.querySelector("[data-policy-version]");
    return marked ? marked.getAttribute("data-policy-version") : "";
  }
  // A section renamed and renumbered at once, whose old number is another section's (reader hunt 44): found by the
  // id it had on a date, which the newer of the two pages keeps.
  function datedSection(id, there) {
    var here = versionOf(document), theirs = versionOf(there), heading = document.getElementById(id);
    if (!here || !theirs || here === theirs || !heading) return "";
    if (theirs > here) {  // newer: its section that had this id here, or on the first date since that it changed
      var newer = first(dated(there), here, bare(id));
      return newer ? newer[2] || ABSENT : "";
    }
    // older: the id this section had there, if from there on no other section of this page changed from that id first;
    // ABSENT when this section did not have its id there, another section did (its number there is another's)
    var older = first(dated(document, heading), theirs);
    var holder = older && first(dated(document), theirs, older[1]), at = older && idIn(there, older[1]);
    if (older && holder && holder[2] === id && at) return at;
    var other = first(dated(document), theirs, bare(id));
    return other && other[2] !== id ? ABSENT : "";
  }
  // A section's link copied at latest/ named it by its number (`latest/#s3`), which a later version gives another section
  // once a section is inserted before it: the link led to today's §3, another section, silently (session 41). There,
  // its "¶" names it by this version's date and its id here (`#2021-02-17.s3`), which every later version resolves:
  // the section that had that id on that date is the one whose dated id (anchors.page_anchors) names it first from
  // that date on, else, none having changed it since, the section of that id. A day between two versions names the id
  // as it was in the version in force that day (`published`: the versions' dates, anchors.dated_target's `versions`),
  // a day of a later version than the page's nothing; until they are read, as if the day were a version's.
  var published, reading, lifted;
  // The version in force on `day` (the last on or before it of those read and the page's), else `day` itself.
  function inForce(day) {
    return published && published.concat(versionOf(document)).filter(function (v) { return v && v <= day; }).sort()
      .pop() || day;
  }
  function datedTarget(id) {
    var m = DATED.exec(id), here = versionOf(document);
    if (!m || reading) return null;
    var since = inForce(m[1]), moved = first(dated(document), since, m[2]);
    if (here && m[1] > here && !(since <= here)) return null;
    return document.getElementById(moved ? moved[2] : m[2]);
  }
  // The versions' dates (mike's `version`s), once an address names a dated id no element has: versions-recent.json
  // (the page reads it anyway), versions.json where the day is before its first (histories18); "" among them once
  // they are all there. True while they are read; none where they cannot be (a preview): as if the day were a version's.
  // Once read, the section is found anew, and its note (formerly(), drawn for the day taken for a version's: reader30).
  function readPublished(id) {
    var m = DATED.exec(id), read = window.policyVersions, dates = function (list, all) {
      return list.map(function (v) { return v.version; }).concat(all ? "" : []);
    }, covers = function (list) { return list.some(function (v) { return v <= m[1]; }); };
    if (reading || !m || !read || document.getElementById(id) || published !== undefined && !(published && !covers(published)))
      return !!reading;
    reading = read().then(function (found) {
      var list = dates(found.versions, "recent" in found);
      return covers(list) ? list : read.all().then(function (all) { return dates(all, 1); });
    }).then(function (list) { published = list; }, function () { published = null; })
      .then(function () {
        reading = null;
        formerly();
        sectionThere();
        toDated();
        if (lifted && !missing.hidden) window.scrollTo(0, 0);
        lifted = false;
      });
    return true;
  }
  // The element the address names: its id, else the section its dated id names (datedTarget).
  function targeted() {
    var id = fragment();
    return id ? document.getElementById(id) || datedTarget(id) : null;
  }
  // The dated id that names it for good, where its heading has one (anchors.since_ids, span.policy-since: a browser
  // lands on it without JavaScript): its id dated with the version from which it had it.
  if (location.pathname.split("/").indexOf("latest") !== -1 && versionOf(document)) {
    document.querySelectorAll(".md-content a.headerlink[href^='#']").forEach(function (link) {
      var id = fragment(link.getAttribute("href").slice(1)), since = [].filter.call(
        link.parentElement.querySelectorAll(".policy-since"), function (e) { return DATED.exec(e.id)[2] === id; });
      if (!DATED.test(id)) link.setAttribute("href", "#" + encodeURIComponent(since.length ? since.pop().id :
        versionOf(document) + "." + id));
    });
    // The address a reader copies names the section as its "¶" does: a link followed in the page (the contents', a
    // cross-reference's) put the plain `#s3` in the address bar, which, copied, landed on whatever §3 a later version
    // has, silently (reader27). Once the page has gone there, the address names its dated id instead (the history
    // entry replaced, nothing scrolled: Material's contents follow the scroll, not the address). An address the page
    // was opened with stays as given: its date is not known (formerly() says which sections had its id). (After the
    // page's other listeners, which read the address as followed: the note of who else had the id, the print line.)
    window.addEventListener("hashchange", function () {
      setTimeout(function () {
        var id = fragment(), heading = id && !DATED.test(id) && document.getElementById(id);
        var link = heading && /^H[2-6]$/.test(heading.tagName) && heading.closest(".md-content") &&
          heading.querySelector(":scope > a.headerlink[href^='#']");
        var dated = link && link.getAttribute("href");
        if (dated && DATED.test(fragment(dated.slice(1)))) history.replaceState(history.state, "", dated);
      });
    });
  }
  function sameSection(id, mine, theirs, renamed) {
    // The section of the same titles there, else of the same title; where several share it, the same one of them,
    // counted in order.
    for (var part = 0; mine[id] && part < 2; part++) {
      var same = function (titled) {
        return Object.keys(titled).filter(function (k) { return titled[k][part] === mine[id][part]; });
      };
      var there = same(theirs);
      if (there.length) return there[Math.min(same(mine).indexOf(id), there.length - 1)];
    }
    // The section the one differ matched with it where its title and its number both changed (datedSection); none
    // where that number was another section's there.
    if (renamed) return renamed === ABSENT ? "" : renamed;
    // The same number, unless its title there is another section's here (the sections were renumbered); from a changes
    // page to a policy page, the number the changes page names it by.
    var same = id in theirs ? id : bare(id) in theirs ? bare(id) : "";
    var taken = same && Object.keys(mine).some(function (k) { return mine[k][1] === theirs[same][1]; });
    return same && !taken ? same : "";
  }
  document.addEventListener("click", function (event) {
    var link = event.target.closest && event.target.closest(
      "a[hreflang],a.md-version__link:not([data-policy-history]),a[data-policy-keep-section],a[data-policy-document]");
    if (!link) return;
    // A link to another document of the site names the version in force on this version's date and keeps
    // its own anchor; the others carry the reader's section.
    var doc = link.hasAttribute("data-policy-document"), parts = link.getAttribute("href").split("#");
    var hash = doc ? (parts[1] ? "#" + parts[1] : "") : currentSection(), href = parts[0];
    // On `…/fr/latest/`, a copy of the newest dated version, these links name that version's date: keep the
    // reader on `latest` in the other language too (and on its changes or side-by-side page), and follow
    // the other document's `latest/`, the text in force today too.
    if ((doc || link.hasAttribute("hreflang")) && location.pathname.split("/").indexOf("latest") !== -1)
      href = href.replace(/\/\d{4}-\d{2}-\d{2}\/((?:changes|side-by-side)\/)?$/, "/latest/$1");
    var version = link.classList.contains("md-version__link") || link.hasAttribute("data-policy-keep-section");
    // From a version's changes or side-by-side page, the chosen version's same page (reader hunt 20: the menu went to
    // its policy page, and on a side-by-side page after a renumbering to another section); its policy page where
    // it has none (a first version has no changes, the authoritative language no side-by-side page).
    var kind = link.classList.contains("md-version__link") && /\/$/.test(href) &&
      /\/(?:\d{4}-\d{2}-\d{2}|latest)\/((?:changes|side-by-side)\/)/.exec(location.pathname);
    var root = href;
    if (kind) href += kind[1];
    if (hash && version && window.fetch && window.DOMParser) {
      // Across versions a section keeps its title, not always its number (one added before it renumbers it): the
      // chosen version is read first, and the reader lands on the section of the same title there, on the same
      // number when only its title changed, at the top when that version does not have the section.
      event.preventDefault();
      event.stopPropagation();
      // Reading it takes a moment on a slow network: the menu says it is busy (a progress cursor, aria-busy) and a
      // second choice waits for the first (reader hunt 46: nothing showed it was working).
      if (document.documentElement.classList.contains("policy-busy")) return;
      document.documentElement.classList.add("policy-busy");
      link.setAttribute("aria-busy", "true");
      var mine = titles(document);
      var go = function (address) {
        location.href = address;
        // The version shown, chosen again: only the section changes, on this page, which is no longer busy.
        if (new URL(address, location.href).pathname === location.pathname) idle();
      };
      var read = function (response) {
        if (!response.ok) throw new Error(response.status);
        return response.text();
      };
      fetch(href).then(read).catch(function (error) {
        if (href === root) throw error;
        href = root;  // no such page in that version: its policy page
        return fetch(href).then(read);
      }).then(function land(text) {
        var there = new DOMParser().parseFromString(text, "text/html"), id = fragment(hash.slice(1));
        var found = sameSection(id, mine, titles(there), datedSection(id, there));
        // Renamed, with no number: the anchors it kept (anchors.with_aliases) name it in the other version. This page's
        // heading keeps the older version's ids; the newer version's keeps this one's (reader hunt 42).
        var heading = document.getElementById(id), kept = heading ? [].slice.call(heading.children)
          .filter(function (child) { return child.classList.contains("policy-alias"); })
          .map(function (child) { return child.id; }) : [];
        var alias = there.getElementById(id);
        if (!found && alias && (DATED.test(id) || alias.classList.contains("policy-alias"))) found = id;
        if (!found) found = kept.filter(function (old) { return there.getElementById(old); })[0] || "";
        // A changes page lists the sections that changed in its version only: a section that did not change there is
        // read on that version's policy page (reader hunt 45: the reader landed at the changes page's top, silently).
        if (!found && href !== root && kind[1] === "changes/") {
          href = root;
          return fetch(href).then(read).then(land);
        }
        // Not there: its top, saying so (.policy-missing): under the anchor asked where that page has no such id, else
        // (there it is another section's: the sections were renumbered) under ABSENT, which no section's id can be;
        // the reader landed at the top, silently, as if it were the section (reader hunt 43).
        var told = !found && there.querySelector(".policy-missing");
        if (told && !alias && bare(id) !== id) alias = there.getElementById(bare(id));
        var asked = bare(id) === id ? hash : "#" + encodeURIComponent(bare(id));
        go(href + (found ? "#" + found : told ? (alias ? "#" + ABSENT : asked) : ""));
      }).catch(function () { go(href + hash); });
      return;
    }
    link.setAttribute("href", href + hash);
    if (doc) return;
    // Material's version selector (on body, next) opens the same page of the chosen version with
    // the address's hash: put the section in the address first.
    if (hash && link.classList.contains("md-version__link") && location.hash !== hash)
      history.replaceState(history.state, "", hash);
    // Material's own language switch (on body) would go to the other language's sitemap URL
    // instead, dropping the section: let the browser follow this link as it now is.
    if (link.hasAttribute("hreflang")) event.stopPropagation();
  }, true);
  // A link to a version on the page (`../2019-11-18/`: section 1's lists of versions, a changes page's link to the
  // version before) goes where it says. Material's version selector took every link to a version for its own: it
  // opened that version's page of this page's name (the changes page's link to the previous version's text opened the
  // previous version's changes) under this page's section, another section there after a renumbering, silently
  // (reader13, session 41). Its menu's links stay its own (the section found there by the listener above).
  document.addEventListener("click", function (event) {
    var link = event.target.closest && event.target.closest("a[href]");
    if (link && !link.closest(".md-version") && !link.hash && !link.target &&
        /\/(?:\d{4}-\d{2}-\d{2}|latest)\/$/.test(link.pathname)) event.stopPropagation();
  }, true);
  // On a phone, and on a desktop zoomed to 320 CSS px, the header's menu (the drawer: the site's and the page's contents)
  // and its search are icons drawn in <label>s: no name for a screen reader (VoiceOver read nothing), no Tab stop for a
  // keyboard (reader hunt 46). They become buttons named as what they open (its own label), saying whether it is open.
  document.querySelectorAll(".md-header label.md-header__button[for]").forEach(function (label) {
    var box = document.getElementById(label.htmlFor), opens = document.querySelector(
      label.htmlFor === "__drawer" ? ".md-nav--primary" : label.htmlFor === "__search" ? ".md-search__input" : null);
    var name = opens && opens.getAttribute("aria-label");
    if (!box || !name) return;
    label.setAttribute("role", "button");
    label.setAttribute("tabindex", "0");
    label.setAttribute("aria-label", name);
    // Below 60em the search's field is inside the search its button opens: Tab from the button went into it, which
    // opened the search, whose Tab goes round it (below): Tab never reached the page after the header (reader30).
    // There the field takes focus once the search is open.
    var wide = matchMedia("(min-width:60em)"), field = label.htmlFor === "__search" && opens;
    var said = function () {
      label.setAttribute("aria-expanded", String(box.checked));
      if (field) field.tabIndex = box.checked || wide.matches ? 0 : -1;
    };
    said();
    box.addEventListener("change", said);
    label.addEventListener("focus", said);
    if (field) wide.addEventListener("change", said);
    // Escape closes the open drawer, back on its button (Material closes the search on Escape, not the drawer).
    if (label.htmlFor === "__drawer") document.addEventListener("keydown", function (event) {
      if (event.key !== "Escape" || !box.checked) return;
      label.click();
      label.focus();
    });
    // (Enter: Material's keyboard handler clicks a focused label already; Space, as on any button)
    label.addEventListener("keydown", function (event) {
      if (event.key !== " ") return;
      event.preventDefault();
      label.click();
    });
  });
  // Back to this page (the browser's page cache keeps it as it was left): no longer busy.
  function idle() {
    document.documentElement.classList.remove("policy-busy");
    document.querySelectorAll("[aria-busy]").forEach(function (busy) { busy.removeAttribute("aria-busy"); });
  }
  window.addEventListener("pageshow", idle);
  // Material scrolls the contents to keep the section read in sight (toc.follow), smoothly as its call asks, which no
  // style overrides: for a reader who asked for less motion (prefers-reduced-motion) it jumps (reader19). (Material
  // scrolls an element by an object, and `scroll` is scrollTo's other name.)
  if (matchMedia("(prefers-reduced-motion: reduce)").matches) Element.prototype.scrollTo = function (to) {
    this.scroll({ top: to.top, left: to.left });
  };
  // Material names its version button "Select version" while it shows a date: WCAG 2.5.3 (label in
  // name) wants the words seen in the name, "latest" a word apart. The name is the button's own words, then Material's
  // (in the page's language), unseen: an aria-label cannot say which of its words are in another language (WCAG
  // 3.1.2: "(in force)" on a Hungarian page, marked by asides() below). The button comes with versions.json, which
  // may have come before this script ran: named now if it is there, else when it appears.
  function named() {
    var button = document.querySelector(".md-version__current:not([data-policy-named])");
    if (!button) return;
    var alias = button.querySelector(".md-version__alias");
    if (alias) button.insertBefore(document.createTextNode(" "), alias);
    var label = button.getAttribute("aria-label");
    if (label) {
      var unseen = document.createElement("span");
      unseen.className = "policy-unseen";
      unseen.textContent = " – " + label;
      button.appendChild(unseen);
      button.removeAttribute("aria-label");
    }
    button.setAttribute("data-policy-named", "");
  }
  // The version list holds the recent versions (and this page's own) only, the same few entries at any length of the
  // archive (on-demand.js; issue 16: 1,000 links at 1,000 versions): its last entry is the history of versions, in
  // the footer's words (partials/copyright.html), which lists every version, read without JavaScript too.
  function allVersions() {
    var list = document.querySelector(".md-version__list:not([data-policy-history])");
    var history = document.querySelector(".policy-links a[href$='history/']");
    if (!list || !history) return;
    var item = document.createElement("li"), link = document.createElement("a"), words = history.closest("[lang]");
    item.className = "md-version__item policy-version-history";
    link.className = "md-version__link";
    link.href = history.href;
    link.textContent = history.textContent;
    link.setAttribute("data-policy-history", "");
    // the site's words where it has none in the page's language, marked as the footer marks them (pages.marks)
    if (words && words.lang !== document.documentElement.lang) {
      link.lang = words.lang;
      link.dir = words.dir || "ltr";
    }
    item.appendChild(link);
    list.appendChild(item);
    list.setAttribute("data-policy-history", "");
  }
  // The menu's entry of the version shown is said to be it (aria-current), as the button says it: a screen reader
  // read every entry alike. Its title is the button's (Material shows the entry of the page's version or alias).
  function current() {
    var button = document.querySelector(".md-version__current"), said = button && button.firstChild;
    if (!said || document.querySelector(".md-version__link[aria-current]")) return;
    document.querySelectorAll(".md-version__link:not([data-policy-history])").forEach(function (link) {
      if (link.firstChild && link.firstChild.textContent.trim() === said.textContent.trim())
        link.setAttribute("aria-current", "page");
    });
  }
  // Where the site has no words in the page's language (the footer's links say so, marked as theirs: pages.marks), a
  // version's title in the menu and its button is its date in the page's language and the site's words in brackets
  // after it ("2023. március 1. (in force)", versions.json): those words marked as theirs, as the footer's are.
  function asides() {
    var words = document.querySelector(".policy-links[lang]");
    if (!words || words.lang === document.documentElement.lang) return;
    document.querySelectorAll(".md-version__current:not([data-policy-aside]),"
        + ".md-version__link:not([data-policy-history]):not([data-policy-aside])").forEach(function (entry) {
      var said = entry.firstChild, found = said && said.nodeType === 3 && /^([\s\S]*?)(\s*\([^()]*\))(\s*)$/.exec(said.data);
      entry.setAttribute("data-policy-aside", "");
      if (!found) return;
      var aside = document.createElement("span");
      aside.lang = words.lang;
      aside.dir = words.dir || "ltr";
      aside.textContent = found[2];
      said.data = found[1];
      entry.insertBefore(aside, said.nextSibling);
      if (found[3]) entry.insertBefore(document.createTextNode(found[3]), aside.nextSibling);
    });
  }
  function added() {
    named();
    allVersions();
    asides();
    current();
  }
  added();
  new MutationObserver(added).observe(document.body, {childList: true, subtree: true});
  // Which version is in force, and which is published ahead of its date, changes with time, not with a
  // version: versions.json (rewritten by each publication and the daily run) says it. The version in force
  // shows when the next one takes effect, linking its changes page; an upcoming version says it is not in
  // force yet instead of Material's "archived" banner.
  // The page's list of versions (on-demand.js: the recent entries when they hold this version, else versions.json).
  function listed() {
    return window.policyVersions ? window.policyVersions().then(function (found) { return found.versions; })
      : Promise.resolve([]);
  }
  // The version published ahead of its date that takes effect first, or null.
  function upcoming(versions) {
    return versions.reduce(function (next, v) {
      return v.properties && v.properties.upcoming && (!next || v.version < next.version) ? v : next;
    }, null);
  }
  var banner = document.querySelector("[data-policy-upcoming]");
  if (banner) {
    listed().then(function (versions) {
      var here = banner.dataset.policyVersion, current, next, self, listedHere;
      versions.forEach(function (v) {
        if (v.version === here) listedHere = true;
        if (v.aliases.indexOf("latest") !== -1) current = v.version;
        if (v.properties && v.properties.upcoming && v.version === here) self = true;
      });
      next = upcoming(versions);
      if (next && current === here) {
        var time = banner.querySelector("time");
        time.textContent = next.properties.date_text;
        time.setAttribute("datetime", next.version);
        banner.querySelector("a").setAttribute("href", banner.dataset.policyUp + next.version + "/changes/");
        banner.hidden = false;
      }
      // The upcoming version's own notice is in its HTML (its date and a link to the version in force, true on any
      // day): while it is upcoming, Material's "archived" banner over it is hidden; once its date has come (listed,
      // no longer upcoming), the notice is.
      var notice = document.querySelector(".policy-upcoming-self"), archived = document.querySelector(".policy-archived");
      if (self && notice && archived) (archived.closest(".md-banner") || archived).hidden = true;
      if (notice && listedHere && !self) notice.hidden = true;
    }).catch(function () {});
  }
  // An address naming a section this version does not have (`#s7-3` on a version before §7.3 existed, a removed
  // section's old link) left the reader at the top of the text, silently, as if it were the section: the page says so.
  var missing = document.querySelector(".policy-missing"), link = missing && missing.querySelector("a");
  var rows = link && link.getAttribute("href");  // (the history's)
  function sectionThere() {
    // (a day between two versions names the section as the version in force that day had it: datedTarget)
    var id = fragment(), m = DATED.exec(id), gone = m && first(dated(document), inForce(m[1]), m[2]);
    // `#top` is the page's top, as browsers read it (a text's "back to top" link: anchors.TOP)
    missing.hidden = !id || id.toLowerCase() === "top" || readPublished(id) || !!targeted();
    // The dated id of a section removed since: the note's link to the history goes to the row of the last version that
    // had it (history_page: `v2021-02-17`), which links it (reader19).
    if (link) link.setAttribute("href", rows + (gone && !gone[2] ? "#v" + gone[0] : ""));
  }
  // A dated id (datedTarget) is no element's: the browser leaves the reader at the top; the page goes to its section.
  function toDated() {
    var target = !document.getElementById(fragment()) && targeted();
    if (target) target.scrollIntoView();
  }
  // An address naming a section by an id another section had in an earlier version (`latest/#s3`, copied when §3 was
  // Cookies, before a section was inserted before it): nothing tells when the link was copied, but the page's dated
  // ids (anchors.page_anchors) tell which sections had that id, and until which version. Under the section the
  // address names, the page says so and links each (session 41: the reader landed on today's §3, silently).
  function formerly() {
    var shown = document.querySelector(".policy-formerly"), id = fragment();
    if (shown) shown.remove();
    var said = document.querySelector(".policy-unscripted"), target = id && targeted();
    var words = said && said.getAttribute("data-policy-renumbered");
    // (an id the section had: its alias span, in its heading)
    var heading = target && (/^H[2-6]$/.test(target.tagName) ? target : target.parentNode);
    if (!words || !heading || !/^H[2-6]$/.test(heading.tagName)) return;
    var until = {};
    if (heading === target) dated(document).forEach(function (e) {
      if (e[2] && e[1] === id && e[2] !== id && !(until[e[2]] > e[0])) until[e[2]] = e[0];
    });
    var holders = Object.keys(until).sort(function (a, b) { return until[a] < until[b] ? 1 : -1; });
    // The sections split off it since the version before (anchors.Anchors.split): a link to it, written before, named
    // their text too, and landed on the half that kept its place without a word (reader25). Each linked under it;
    // not to a link dated on or after the day of its split (data-policy-split-on, "-" where unknown), written since,
    // which names the section as it is (reader28).
    var on = (heading.getAttribute("data-policy-split-on") || "").split(" "), m = DATED.exec(id);
    var split = (heading.getAttribute("data-policy-split-off") || "").split(" ").filter(function (cut, n) {
      return cut && document.getElementById(cut) && !(m && on[n] > "-" && m[1] >= on[n]);
    });
    if (!holders.length && !split.length) return;
    var note = document.createElement("div"), ui = said.lang;
    var digits = document.querySelector(".policy-accessed");
    note.className = "policy-formerly admonition note";
    note.setAttribute("role", "note");
    if (ui) {
      note.lang = ui;
      note.dir = said.dir || "ltr";
    }
    function line(text, holder) {
      var shown = document.createElement("p"), link = document.createElement("a");
      shown.textContent = text;
      link.setAttribute("href", "#" + encodeURIComponent(holder));
      // a heading that shows nothing named by the redline's words (pages.missing_section: untitled), not an empty link
      link.textContent = unmarked(document.getElementById(holder)).replace(/\s+/g, " ").trim()
        || said.getAttribute("data-policy-untitled");
      shown.appendChild(link);
      note.appendChild(shown);
    }
    holders.forEach(function (holder) {
      // in the page's digits, as the print line's (ours in words of another language: at.js), company6; the space
      // before the link is the words' own (pages.missing_section: none after a full-width colon, "…指していました：")
      line(words.replace("{date}", window.policyDigits(dayText(new Date(until[holder] + "T00:00:00Z"),
        ui || document.documentElement.lang, "UTC"), !ui && digits && digits.getAttribute("data-policy-digits"))), holder);
    });
    split.forEach(function (cut) { line(said.getAttribute("data-policy-split"), cut); });
    heading.parentNode.insertBefore(note, heading.nextSibling);
  }
  if (missing) {
    formerly();
    sectionThere();
    toDated();
    // An address changed on the page (a link followed in it, a fragment typed) to a section it lacks: the browser
    // leaves the reader where they were reading, and the note, shown at the text's top, was off the screen; the page
    // goes to its top, where the note is, as a first visit's does (reader13, session 41).
    window.addEventListener("hashchange", function () {
      formerly();
      sectionThere();
      toDated();
      if (!missing.hidden) window.scrollTo(0, 0);
      // (the versions' dates still read, the note shows once they are: the page goes to its top then, reader22)
      lifted = !!reading;
    });
  }
  // A printed page says the day it was read (pages.print_line, archive_print_line), written as the site writes its
  // dates (at.js: Gregorian, Latin digits, French's "1er"): what it says of the versions ("(en vigueur)") changes with
  // each publication; an archive page (history, compare, at) the versions or the day its address asks for, only in the
  // form the page itself reads (a link's own words never appear on the site's page: security hunt 19b).
  var accessed = document.querySelector(".policy-print [data-policy-accessed]");
  // A day as the site writes its dates (policyDay), in `zone` (the reader's by default).
  function dayText(date, lang, zone) {
    return window.policyDay(date, lang, zone);
  }
  function printLine() {
    var url = accessed.parentElement.querySelector(".policy-print-url"), lang = accessed.closest("[lang]");
    if (url) {  // an archive page's (a version's address is its own, whatever section is shown)
      if (!url.hasAttribute("data-policy-base")) url.setAttribute("data-policy-base", url.textContent);
      var asked = /^#\d{4}-\d{2}-\d{2}(\.\.\d{4}-\d{2}-\d{2})?$/.test(location.hash) ? location.hash : "";
      url.textContent = url.getAttribute("data-policy-base") + asked;
    }
    var day = window.policyDigits(dayText(new Date(), lang ? lang.lang : ""),
      accessed.getAttribute("data-policy-digits"));
    accessed.textContent = accessed.getAttribute("data-policy-accessed").replace("{date}", day).replace(/\.\.$/, ".");
    runningLine(accessed.parentElement);
  }
  // The same line at the top of each printed page after the first (policy.css, @page): a CSS string of its words (its
  // no-break spaces kept), an address (dir=ltr) isolated left to right as on the page, set through the CSSOM (the
  // page's CSP refuses a style attribute, not a property the site's own script sets).
  function runningLine(line) {
    var words = [].map.call(line.childNodes, function (node) {
      var text = node.textContent;
      return node.nodeType === 1 && node.getAttribute("dir") === "ltr" ? "\u2066" + text + "\u2069" : text;
    }).join("").replace(/[ \t\n\r\f]+/g, " ").trim();
    document.documentElement.style.setProperty("--policy-print-line", '"' + words.replace(/[\\"]/g, "\\$&") + '"');
  }
  if (accessed) {
    printLine();
    window.addEventListener("hashchange", printLine);
    window.addEventListener("beforeprint", printLine);
  }
  // On paper a link's address follows its words (policy.css): a link whose words are its address already
  // ("www.example.org", "https://www.example.com/…") printed it twice (reader hunt 45); so did an e-mail link whose
  // words are its address, whatever subject it sets.
  function address(text) {
    var said = text.trim();
    if (/^mailto:/i.test(said)) {
      said = said.slice(7).split("?")[0];
      try { said = decodeURIComponent(said); } catch (error) { /* a stray "%": compared as written */ }
    }
    return said.replace(/^https?:\/\//i, "").replace(/^www\./i, "").replace(/\/$/, "").toLowerCase();
  }
  // A phone link's words say its number when they dial the same digits, written nationally or from abroad
  // ("01 23 45 67 89", "+33 (0)1 23 45 67 89" for tel:+33123456789).
  function digits(text) {
    return text.replace(/^tel:/i, "").replace(/\(0\)/g, "").replace(/\D/g, "").replace(/^0+/, "");
  }
  function says(words, href) {
    if (!/^tel:/i.test(href)) return address(words) === address(href);
    var shown = digits(words), number = digits(href);
    return shown.length >= 6 && number.slice(-shown.length) === shown;
  }
  document.querySelectorAll(".md-typeset a[href^='http'],.md-typeset a[href^='mailto:'],.md-typeset a[href^='tel:']")
    .forEach(function (link) {
      if (says(link.textContent, link.getAttribute("href"))) link.classList.add("policy-address-said");
    });
  // A link to another page of the site (the version before, a section of the new one, the history, the PDF) printed
  // its words alone, "previous version", which no reader of the paper can follow: its address follows them too, as
  // the browser resolved it (policy.css); a link within the page is not. Marked again before printing, for the links
  // a script wrote since (the compare page's redline).
  // At `…/latest/`, the copy of the version in force, a link into its own folder (this version's changes, its PDF)
  // printed `…/latest/changes/`, which names the next version's changes once one is published, and
  // `…/latest/policy-fr-2023-09-30.pdf`, gone then: on paper it names this version's dated folder, as the print line
  // does (reader26). The text in force (`latest/` itself, another document's) is meant as it is.
  function lasting(address) {
    var at = location.pathname.split("/"), dated = versionOf(document), url = new URL(address);
    var folder = at.slice(0, at.indexOf("latest") + 1).join("/") + "/";
    if (!dated || at.indexOf("latest") === -1 || url.origin !== location.origin || url.pathname.indexOf(folder) !== 0)
      return address;
    url.pathname = folder.slice(0, -"latest/".length) + dated + "/" + url.pathname.slice(folder.length);
    return url.href;
  }
  function siteAddresses() {
    var here = location.href.split("#")[0];
    document.querySelectorAll(".md-typeset a[href]").forEach(function (link) {
      if (/^[a-z][a-z0-9+.-]*:/i.test(link.getAttribute("href")) || link.href.split("#")[0] === here) return;
      link.setAttribute("data-policy-address", lasting(link.href));
    });
  }
  siteAddresses();
  window.addEventListener("beforeprint", siteAddresses);
  // Escape closes the version or language menu that focus or the pointer opened (WCAG 1.4.13) and leaves focus on
  // its button; it stays closed until focus and the pointer have left it.
  document.addEventListener("keydown", function (event) {
    var menu = event.target.closest && event.target.closest(".md-version,.md-select");
    if (event.key !== "Escape") {
      // Enter, Space or an arrow on a dismissed menu's button opens it again
      if (menu && /^(Enter| |ArrowDown|ArrowUp)$/.test(event.key)) menu.classList.remove("policy-dismissed");
      return;
    }
    // the menu focus is in, or those the pointer opened
    (menu ? [menu] : document.querySelectorAll(".md-version:hover,.md-select:hover")).forEach(function (one) {
      one.classList.add("policy-dismissed");
    });
    var button = menu && menu.querySelector("button");
    if (button && event.target !== button) button.focus();
  });
  // Escape also closes the search (Material's own): focus goes back where it was before the search, not to the
  // page's top (reader audit 13, finding 9). And what focus lands on in the page taller than the screen below the
  // header (a link of 250 letters at 320 px with the text at 200 %), which the browser centres, its start under the
  // header and off the screen (WCAG 2.4.11, reader20), shows its start below the header.
  var beforeSearch = null;
  document.addEventListener("focusin", function (event) {
    var into = event.target.closest && event.target.closest(".md-search"), from = event.relatedTarget;
    if (into && !(from && from.closest && from.closest(".md-search"))) beforeSearch = from;
    setTimeout(function () {  // (from the keyboard: a click in a long table does not scroll it)
      var on = event.target, top = covered();
      if (on.offsetHeight > innerHeight - top && on.matches(":focus-visible")) on.scrollIntoView();
    });
  });
  document.addEventListener("keydown", function (event) {
    if (event.key !== "Escape" || !(event.target.closest && event.target.closest(".md-search"))) return;
    var back = beforeSearch, menu = back && back.closest && back.closest(".md-select,.md-version");
    if (menu) back = menu.querySelector("button") || back;  // a closed menu's entry cannot take focus: its button
    setTimeout(function () {
      var here = document.activeElement;  // the search's own (a result, hidden once it closes) or none
      if (back && document.contains(back) && (!here || here === document.body || here.closest(".md-search")))
        back.focus();
    });
  });
  // Below 60em the open search covers the page: Tab and Shift+Tab go round its field and results (those shown, as
  // Material's arrow keys pick them) and do not close it, as Material's Tab did, which left focus on a link of the page
  // under it, then out of sight once the search gave back the page's scroll (reader21). Escape closes it. (Material's
  // handler hears neither Tab nor Shift, which it takes for a key typed and focuses the field with: Shift+Tab then
  // always went from the field.)
  document.addEventListener("keydown", function (event) {
    var open = document.getElementById("__search"), box = document.querySelector(".md-search");
    if (!/^(Tab|Shift)$/.test(event.key) || !open || !open.checked || !box || matchMedia("(min-width:60em)").matches)
      return;
    event.stopPropagation();
    if (event.key === "Shift") return;
    var stops = [].slice.call(box.querySelectorAll("input,[tabindex='0'],:not(details)>[href],summary,details[open] [href]"));
    var at = stops.indexOf(document.activeElement), back = event.shiftKey;
    event.preventDefault();
    if (stops.length) stops[(Math.max(at, back ? 0 : -1) + (back ? stops.length - 1 : 1)) % stops.length].focus();
  }, true);
  function reopen(event) {
    var menu = event.target.closest && event.target.closest(".policy-dismissed");
    if (menu && !(event.relatedTarget && menu.contains(event.relatedTarget))) menu.classList.remove("policy-dismissed");
  }
  document.addEventListener("focusout", reopen);
  document.addEventListener("mouseout", reopen);
  // Material's search is a role="dialog" without a name (axe's aria-dialog-name): name it as its box.
  var search = document.querySelector(".md-search[role=dialog]:not([aria-label])");
  var box = search && search.querySelector(".md-search__input[aria-label]");
  if (box) search.setAttribute("aria-label", box.getAttribute("aria-label"));

  // An archived version says so at any scroll position: the notice (Material's "outdated" banner) is sticky
  // above the header (policy.css); its height moves the header, the sidebars and the anchor targets below it.
  var outdated = document.querySelector("[data-md-component=outdated]"), shown = 0;
  function noticeHeight() {
    var height = outdated && !outdated.hidden ? outdated.offsetHeight : 0, appeared = height && !shown;
    shown = height;
    document.documentElement.style.setProperty("--policy-notice-height", height + "px");
    // A deep link scrolled before the notice appeared (Material shows it once versions.json is in): its
    // section would sit under the notice; bring it back below, unless the reader has moved on.
    var target = appeared && location.hash && targeted();
    if (target && Math.abs(target.getBoundingClientRect().top) < innerHeight) target.scrollIntoView();
  }
  if (outdated && window.ResizeObserver) new ResizeObserver(noticeHeight).observe(outdated);
  // On a narrow screen the header grows to hold the site's name whole (policy.css): what it grows by moves the anchor
  // targets below it too, and a section already scrolled to is brought back from under it.
  var header = document.querySelector(".md-header"), topics = header && header.querySelectorAll(".md-header__topic");
  // There a page's title taller than the name and version (the side-by-side page's, five lines at 320 px) made the
  // header as high as it: the header keeps them once scrolled, the title left to the page (policy-title-tall).
  function tallTitle() {
    if (!topics || topics.length < 2) return;
    for (var name = 0, k = 0; k < topics[0].children.length; k++) name += topics[0].children[k].offsetHeight;
    header.classList.toggle("policy-title-tall", topics[1].firstElementChild.offsetHeight > name + 1);
  }
  function headerExtra() {
    tallTitle();
    var rem = parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;
    document.documentElement.style.setProperty("--policy-header-extra",
      Math.max(0, header.offsetHeight - 2.4 * rem) + "px");
    var target = location.hash && targeted(), bottom = header.getBoundingClientRect().bottom;
    if (target && target.getBoundingClientRect().top < bottom && target.getBoundingClientRect().bottom > 0)
      target.scrollIntoView();
  }
  if (header && window.ResizeObserver) new ResizeObserver(headerExtra).observe(header);
  // A box that scrolls sideways (a wide table, a long line of code) can be scrolled with the keyboard (WCAG 2.1.1):
  // Material wraps each table in a scrolling box no key reaches, and makes a code block focusable only where there
  // is a mouse. Each one that scrolls takes focus, checked again when its width changes (a phone turned); a table's
  // is a region named by the heading of the section it is in (WCAG 4.1.2: focus landed on a box a screen reader
  // named nothing, texts 28), which needs no word of the site's own in any language.
  function heading(box) {
    var all = document.querySelectorAll(".md-typeset :is(h1,h2,h3,h4,h5,h6)"), found = null;
    for (var n = 0; n < all.length; n++)
      if (all[n].compareDocumentPosition(box) & Node.DOCUMENT_POSITION_FOLLOWING) found = all[n];
    return found || all[0];  // above every heading: the page's title
  }
  // Two tables of one section had its heading's name (reader32): each adds its own first words (caption, cells), as
  // few as tell it from the others.
  function told(table, named) {
    var words = function (t) {
      return [].map.call(t.querySelectorAll("caption,th,td"), function (cell) { return cell.textContent.trim(); });
    };
    var mine = words(table), others = [].filter.call(document.querySelectorAll(".md-typeset table"), function (t) {
      return t !== table && heading(t) === named;
    }).map(words);
    for (var k = 0; k < mine.length; k++)
      if (!others.some(function (o) { return o.slice(0, k).join(" ") === mine.slice(0, k).join(" "); })) break;
    return mine.slice(0, k).join(" ");
  }
  function reachable(boxes) {
    boxes.forEach(function (entry) {
      var box = entry.target || entry, table = !box.matches("pre > code");
      if (box.scrollWidth > box.clientWidth) {
        box.setAttribute("tabindex", "0");
        var named = table && heading(box), own = named && box.querySelector("table");
        own = own ? told(own, named) : "";
        if (named) {
          box.setAttribute("role", "region");
          if (named.id && !own) box.setAttribute("aria-labelledby", named.id);
          else box.setAttribute("aria-label", (unmarked(named).trim() + " " + own).trim());
          if (own) box.removeAttribute("aria-labelledby");
        }
      } else if (table) {
        ["tabindex", "role", "aria-labelledby", "aria-label"].forEach(function (name) { box.removeAttribute(name); });
      }
    });
  }
  function scrolling(root) {  // the page (Material's document$ gives it), or what compare.js adds to it
    var boxes = (root && root.querySelectorAll ? root : document)
      .querySelectorAll(".md-typeset__scrollwrap,.md-typeset pre>code");
    reachable(boxes);
    if (window.ResizeObserver) {
      var watch = new ResizeObserver(reachable);
      boxes.forEach(function (box) { watch.observe(box); });
    }
  }
  window.policyScrolling = scrolling;
  if (window.document$) window.document$.subscribe(scrolling);  // once Material has wrapped the tables
  else document.addEventListener("DOMContentLoaded", scrolling);
  // ... and in section 1: ../versions.json (mike's, rewritten at each publication) names the versions
  // that took effect since this one; the page links the one in force, marked, and the NEXT after this one, the
  // others counted in a link to the history (the page holds as many links at any length of the archive: issue 16),
  // and shows the notice. A version announced ahead is not among them (until its date the text in force stays in
  // force): after them, the banner's words say when it takes effect and link its changes (reader12: a reader of an
  // old version was not told of the coming change, which the banner tells only the version in force's).
  var NEXT = 5;
  var notice = document.querySelector(".policy-version[data-policy-version]");
  if (!notice) return;
  var mine = notice.dataset.policyVersion;
  listed().then(function (versions) {
    // newest first, as mike orders them (branch.py writes each date as the site writes it)
    var newer = versions.filter(function (v) { return v.version > mine && !(v.properties || {}).upcoming; });
    if (!newer.length || notice.querySelector(".policy-newer")) return;
    // the site's words where it has none in the page's language (data-policy-ui, pages.marks): marked as theirs,
    // left to right, each date in the page's language; a right-to-left page showed them reordered
    var ui = notice.dataset.policyUi, page = document.documentElement.lang;
    var mark = function (element, lang, dir) { if (ui) { element.lang = lang; element.dir = dir; } return element; };
    var said = mark(document.createElement("p"), ui, "ltr");
    said.className = "policy-newer";
    said.textContent = notice.dataset.policyNewer;
    var list = document.createElement("ul");
    list.className = "policy-newer-list";
    var left = newer.length - 1 - NEXT;  // between the one in force (the first) and the NEXT last
    if (left > 0 && notice.dataset.policyBetween) newer = newer.slice(0, 1).concat({left: left}, newer.slice(-NEXT));
    newer.forEach(function (v) {
      var item = document.createElement("li"), link = document.createElement("a");
      if (v.left) {  // strings.counted's form in the browser, as compare.js chooses it
        var between = JSON.parse(notice.dataset.policyBetween);
        link.setAttribute("href", "../history/");
        link.textContent = (between.forms[window.policyPlural(v.left, between.lang, between.rule)] || between.forms.other)
          .replace("{count}", window.policyNumber(v.left, between.number));
        item.appendChild(mark(link, ui, "ltr"));
        list.appendChild(item);
        return;
      }
      var time = mark(document.createElement("time"), page, "auto");
      time.setAttribute("datetime", v.version);
      time.textContent = v.properties.date_text;
      link.setAttribute("href", "../" + v.version + "/");
      link.appendChild(time);
      item.appendChild(link);
      if (v.aliases.indexOf("latest") !== -1) {
        var state = mark(document.createElement("span"), ui, "ltr"), aside = window.policyAside(ui || page);
        state.textContent = aside[1] + notice.dataset.policyInForce + aside[2];
        if (aside[0]) item.appendChild(document.createTextNode(aside[0]));
        item.appendChild(ui ? state : document.createTextNode(state.textContent));
      }
      list.appendChild(item);
    });
    // A deep link (`#s2-1`) was scrolled to before the list came: the list pushed its section down, off the screen
    // on the first of forty versions (1,900 px); the section stays where the reader saw it.
    var target = targeted();
    var top = target && !notice.contains(target) ? target.getBoundingClientRect().top : NaN;
    notice.insertBefore(list, notice.firstChild);
    notice.insertBefore(said, list);
    var ahead = upcoming(versions), words = banner && banner.querySelector("p");
    if (ahead && words) {
      var told = words.cloneNode(true), when = told.querySelector("time");
      told.className = "policy-newer-ahead";
      when.textContent = ahead.properties.date_text;
      when.setAttribute("datetime", ahead.version);
      told.querySelector("a").setAttribute("href", banner.dataset.policyUp + ahead.version + "/changes/");
      notice.insertBefore(told, list.nextSibling);
    }
    if (top >= 0 && top < innerHeight) window.scrollBy(0, target.getBoundingClientRect().top - top);
    if (outdated && outdated.hidden) {
      outdated.hidden = false;
      noticeHeight();
    }
  }).catch(function () { /* no versions.json (a preview): nothing newer to say */ });
})();
