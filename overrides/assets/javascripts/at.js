/* The at page (<lang>/at/, archive.at_page): `#2022-05-01` lands on the version in force that day, `#2022-05-01/s7-3`
   on its section (the version's note says so where it lacks the section).
   The versions, their periods and their dates in words are read from ../versions.json (rewritten by each
   publication and the daily run), as the compare page reads them: the page itself lists none, so it does not grow
   with the archive. Its own words are in the page (.policy-at-data). Without JavaScript the page links the
   history, which gives each version's period. */
(function () {
  var root = document.querySelector(".policy-at");
  if (!root) return;
  var data = JSON.parse(root.querySelector(".policy-at-data").textContent);
  var form = root.querySelector(".policy-at-form");
  var input = form.querySelector("input");
  var status = root.querySelector(".policy-at-status");
  // The dates it names are in the page's language; the words around them are the site's, English where it has none
  // in that language (the root says so): each date is then marked as the page's language, as the site's pages mark
  // theirs (strings.in_language), or a screen reader read a Hungarian page's "2020. január 1." in English (reader12).
  var page = document.documentElement.lang, words = root.lang || page, DATES = ["date", "first", "version"];
  function say(template, values) {
    status.textContent = "";
    template.split(/(\{\w+\})/).forEach(function (part) {
      var name = /^\{(\w+)\}$/.exec(part), span;
      if (!name) return status.appendChild(document.createTextNode(part));
      if (words === page || DATES.indexOf(name[1]) < 0) return status.appendChild(document.createTextNode(values[name[1]]));
      span = document.createElement("span");
      span.lang = page;
      span.dir = "auto";
      span.textContent = values[name[1]];
      status.appendChild(span);
    });
  }
  function isDay(day) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return false;
    var parsed = new Date(day + "T00:00:00Z");
    return !isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === day;
  }
  // The day asked, written out as the page writes its dates (reader hunt 20: "le 2023-01-01 … le 15 janvier 2024"),
  // French's first of the month an ordinal as strings.long_date writes it, "1er janvier 2020" (reader hunt 42). In the
  // Gregorian calendar, as the site's every date: a Persian page wrote the day asked "۱۱ اسفند ۱۴۰۲" (the Solar Hijri
  // calendar) beside versions dated "1 مارس 2024", a Thai one its Buddhist year (scripts task); in the digits the page
  // writes its dates in (strings.digits: the company's choice, else CLDR's default, ۱۷ in Persian), put in as Python
  // puts them in (policyDigits), never the browser's own choice. A date in another language (`lang`: the late note's,
  // where the catalogue has none in the page's) is in Latin digits, as archive.late_said writes its others.
  function written(day, lang) {
    var digits = lang ? "" : data.digits;
    lang = lang || document.documentElement.lang || "";
    // (policyDay: the ISO date where the browser has no words for the language, never the reader's own language's)
    var date = new Date(day + "T00:00:00Z");
    return isNaN(date.getTime()) ? day : window.policyDigits(window.policyDay(date, lang, "UTC"), digits);
  }
  var versions = [];  // oldest first: {version, text}
  function dated(list) {
    return list.filter(function (v) { return v && /^\d{4}-\d{2}-\d{2}$/.test(v.version); }).map(function (v) {
      var properties = v.properties || {};
      return { version: v.version, text: properties.date_text || written(v.version) };
    }).sort(function (a, b) { return a.version < b.version ? -1 : a.version > b.version ? 1 : 0; });
  }
  function inForce(day) {  // the last version dated on or before the day
    var found = null;
    versions.forEach(function (v) { if (v.version <= day) found = v; });
    return found;
  }
  // A day the version in force by its date had not reached the site (published after its date): said as `policy at`
  // says it (archive.late_said: the catalogue's words, their dates in words, marked where not the page's language),
  // each version named a link to it, and the reader left to read it, not sent on to a version no reader saw that day.
  function late(day, version, hash) {
    var said = data.late, window_ = said && said.windows.filter(function (w) {
      return w.version === version.version && isDay(w.shown) && w.from <= day && day <= w.until;
    })[0];
    if (!window_) return false;
    var note = document.createElement("span");
    if (said.mark) { note.lang = said.mark.lang; note.dir = said.mark.dir; }
    said.note.split(/(\{\w+\})/).forEach(function (part) {
      var name = /^\{(\w+)\}$/.exec(part), link;
      if (!name) return note.appendChild(document.createTextNode(part));
      if (name[1] === "version" || name[1] === "shown") {
        link = document.createElement("a");
        link.href = "../" + window_[name[1]] + "/" + hash;
        link.textContent = window_[name[1] + "_text"];
        return note.appendChild(link);
      }
      note.appendChild(document.createTextNode(name[1] === "day" ? written(day, said.lang)
        : window_[name[1] + "_text"] || part));
    });
    status.textContent = "";
    status.appendChild(note);
    return true;
  }
  // The address's day, as written where it is no valid escape (`#%E0%A4`: decodeURIComponent throws, and the page then
  // answered nothing; security hunt 30); and the section asked after a day (`#2022-05-01/s7-3`, or a section's link
  // pasted after it, `#2022-05-01#s7-3`), as the address writes it: the version's page reads it as its own fragment
  // (the page landed at the version's top, reader14). A day mistyped (`#2022/05/01`) is a day, said not to be one.
  function asked() {
    var raw = location.hash.slice(1), both = /^(\d{4}-\d{2}-\d{2})[\/#]([^]*)$/.exec(raw), day = both ? both[1] : raw;
    try { day = decodeURIComponent(day); } catch (error) { /* as written */ }
    return { day: day, section: both ? both[2] : "" };
  }
  function at(section) { return section ? "#" + section : ""; }
  function land() {
    var address = asked(), day = address.day, section = address.section;
    // `#top` is the page's top, as browsers read it (anchors.TOP): no day asked, as none (reader24, session 53)
    if (!day || day.toLowerCase() === "top") return;
    input.value = isDay(day) ? day : "";
    // What the address says is echoed only if it could be a mistyped date: a link's own words (any length, any
    // address to write to) never appear on the site's page (security hunt 19b, finding 5).
    if (!isDay(day)) return say(data.strings.at_invalid, {value: /^[0-9./-]{1,12}$/.test(day) ? day : "…"});
    var version = inForce(day);
    if (!version && data.earlier) {  // before this translation's first text: the text that prevails answers
      say(data.strings.at_earlier, {date: written(day), first: data.earlier.first});
      return location.replace(data.earlier.url + "#" + day + (section ? "/" + section : ""));
    }
    if (!version) {
      var first = versions[0];
      return say(data.strings.at_none, {date: written(day), first: first ? first.text : ""});
    }
    // (a late version's note links the section as asked, then as the version's page names it: reader19)
    var going = !late(day, version, at(section));
    if (going) say(data.strings.at_going, {date: written(day), version: version.text});
    headed(version.version, section).then(function (id) {
      if (going) location.replace("../" + version.version + "/" + at(id));
      else late(day, version, at(id));
    });
  }
  // A section asked as its heading writes its number (`#2022-05-01/III`, `/Chapitre II`, `/2.1`, `/§ 4`) rather than
  // by its id: the id of the one heading of the version's page that starts so, the number's end after it (`2` is not
  // `2.1 …`), as `policy at` finds it (at.as_written); a number alone, `2.1`, the id the site gives it (s2-1). An id the
  // page has, or a page that cannot be read, leaves the section as asked (its page says when it lacks it). Read as
  // `policy at` reads it (at.section_index): a `#` before it, an id in other capitals (`S2-1`), a number with what a
  // heading writes after it (`2.1.`, `3)`) name their section too (reader19: the version's top, saying it lacked it).
  function headed(version, section) {
    var asked = section;
    try { asked = decodeURIComponent(section); } catch (error) { /* as written */ }
    asked = asked.trim().replace(/^#/, "");
    var wanted = asked.replace(/^§\s*/, "").replace(/\s+/g, " ").trim().toLowerCase();
    var number = wanted.replace(/[.)\]:\u2013\u2014 -]+$/, "");
    if (!wanted || !window.fetch || !window.DOMParser) return Promise.resolve(section);
    return fetch("../" + version + "/").then(function (response) {
      if (!response.ok) throw new Error(response.status);
      return response.text();
    }).then(function (text) {
      var there = new DOMParser().parseFromString(text, "text/html");
      if (there.getElementById(asked)) return encodeURIComponent(asked);
      var same = [].filter.call(there.querySelectorAll(".md-content [id]"), function (e) {
        return e.id.toLowerCase() === asked.toLowerCase();
      });
      if (same.length === 1) return encodeURIComponent(same[0].id);
      if (/^\d+(\.\d+)*$/.test(number) && there.getElementById("s" + number.replace(/\./g, "-")))
        return "s" + number.replace(/\./g, "-");
      var found = [].filter.call(there.querySelectorAll(".md-content :is(h2, h3, h4, h5, h6)[id]"), function (h) {
        var shown = h.cloneNode(true), mark = shown.querySelector(".headerlink");
        if (mark) mark.remove();
        var words = shown.textContent.replace(/^\s*§\s*/, "").replace(/\s+/g, " ").trim().toLowerCase();
        return words.indexOf(wanted) === 0 && /^(?:$|[\s)\]:\u2013\u2014-]|\.(?!\d))/.test(words.slice(wanted.length));
      });
      return found.length === 1 ? encodeURIComponent(found[0].id) : section;
    }).catch(function () { return section; });
  }
  fetch("../versions.json").then(function (response) {
    if (!response.ok) throw new Error(response.status + " ../versions.json");
    return response.json();
  }).then(function (list) {
    versions = dated(Array.isArray(list) ? list : []);
    form.hidden = false;
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      if (!input.value) return;
      var section = asked().section, hash = "#" + input.value + (section ? "/" + section : "");  // the section kept
      if (location.hash === hash) land();
      else location.hash = hash;
    });
    window.addEventListener("hashchange", land);
    land();
  }).catch(function (error) {
    say(data.strings.compare_list_error, {error: error.message});
  });
})();
