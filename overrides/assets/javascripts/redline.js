/* The redline engine of src/policysite/redline.py, line for line, for the compare page: two policy.json
   documents (src/policysite/export.py) in, the same result as `policy diff OLD NEW --format json` out.
   Python's difflib.SequenceMatcher (autojunk off) is ported below with it, so that both sides pair the
   same blocks and mark the same words. tests/integration/test_redline_parity.py runs this file in Node
   on every pair of a synthetic history and compares with redline.py: one answer per pair of versions.
   Change one side, change the other; the parity test says where they part. */
(function (root, factory) {
  if (typeof module === "object" && module.exports) module.exports = factory();
  else root.PolicyRedline = factory();
})(typeof self !== "undefined" ? self : this, function () {
  "use strict";

  var EQUAL = "equal", DELETE = "delete", INSERT = "insert";
  var BLOCK_CUTOFF = 0.5, CONTAINED = 0.6, SECTION_CUTOFF = 0.6, SAME_TITLE_CUTOFF = 0.3;
  var PROSE = { paragraph: true, item: true };
  // Python's whitespace (str.isspace, and \s of its re module), which JavaScript's \s does not equal.
  var WS = "\\t\\n\\x0b\\x0c\\r\\x1c-\\x1f \\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000";
  var SPLIT = new RegExp("[" + WS + "]+");
  // engine.py's _TOKEN: a word (Python's \w is letters, digits and _) with its inner joiners, or one
  // punctuation mark; then the whitespace after it.
  // Chinese and Japanese characters are a word each, as engine.py's _CJK.
  var W = "\\p{L}\\p{N}\\p{M}_";  // and a word's combining marks, as engine.py's _MARKS (डेटा, not ड े ट ा)
  var CJK = "\\u3040-\\u30ff\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff\\u{20000}-\\u{2fa1f}";
  // Thai, Lao, Myanmar and Khmer letters, each with its marks a word, as engine.py's _SEA.
  var SEA = "\\u0e00-\\u0eff\\u1000-\\u109f\\u1780-\\u17ff";
  // engine.py's _INVISIBLE: a soft hyphen, a zero-width space, a word joiner, a zero-width no-break space, part of a word
  var INVISIBLE = "\\u00ad\\u200b\\u2060\\ufeff";
  var LETTERS = "(?:(?![" + CJK + SEA + "])[" + W + INVISIBLE + "])+";
  // engine.py's _DIRECTIONAL: direction marks and isolates, compared as spaces and kept with a token's whitespace
  var DIRECTIONAL = "\\u061c\\u200e\\u200f\\u202a-\\u202e\\u2066-\\u2069";
  var TOKEN = new RegExp("[" + WS + DIRECTIONAL + "]*(?:[" + CJK + "]|[" + SEA + "]\\p{M}*|" + LETTERS +
                         "(?:[-\u2010-\u2014\u2212'\u2019.,:/@]+" + LETTERS +
                         ")*|\\.\\.+|--+|[^" + W + WS + DIRECTIONAL + "])[" + WS + DIRECTIONAL + "]*", "gu");
  var EDGE = new RegExp("^[" + WS + "]+|[" + WS + "]+$", "g");
  var TRAILING = new RegExp("[" + WS + "]+$");
  var LEADING = new RegExp("^[" + WS + "]+");
  var SPACE = new RegExp("^[" + WS + "]$");

  function split(text) { return text.split(SPLIT).filter(function (w) { return w !== ""; }); }
  function norm(text) { return split(text).join(" "); }
  // engine.py's _TYPOGRAPHIC: a typographic apostrophe, curly quotes, a no-break hyphen, a dash or a minus sign compared
  // as the plain mark
  var TYPOGRAPHIC = /[\u2018\u2019\u02bc\u201c\u201d\u2010-\u2015\u2212\u00ab\u00bb\u201e\u2039\u203a\u201a\u201b\u201f]/g;
  var FOLDED = { "\u2018": "'", "\u2019": "'", "\u02bc": "'", "\u201c": '"', "\u201d": '"', "\u2010": "-",
                 "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2015": "-", "\u2212": "-", "\u00ab": '"',
                 "\u00bb": '"', "\u201e": '"', "\u2039": "'", "\u203a": "'", "\u201a": "'", "\u201b": "'",
                 "\u201f": '"', "\u2011": "-" };
  var DIRECTION_MARK = new RegExp("[" + DIRECTIONAL + "]", "g");
  var FULL_WIDTH = /[\uff01-\uff5e]/g;
  var LANGUAGE = /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$/;  // inline.py's _LANGUAGE: a part's language (policy.json's `parts`)  // engine.py's _FULL_WIDTH: `３` compared as `3`, one for one
  function fold(text) {
    return text.replace(FULL_WIDTH, function (c) { return String.fromCharCode(c.charCodeAt(0) - 0xfee0); })
      .replace(TYPOGRAPHIC, function (c) { return FOLDED[c]; }).replace(DIRECTION_MARK, " ");
  }
  function plain(text) { return norm(fold(text.normalize("NFC"))); }  // engine.py's plain (composed)
  function same(a, b) { return JSON.stringify(a) === JSON.stringify(b); }

  /* --- difflib.SequenceMatcher, autojunk=False, no junk ------------------------------------ */

  function Matcher(a, b) { this.a = []; this.b = []; if (a) this.setSeq1(a); if (b) this.setSeq2(b); }
  Matcher.prototype.setSeq1 = function (a) { this.a = a; this.matching = null; this.opcodes = null; };
  Matcher.prototype.setSeq2 = function (b) {
    this.b = b; this.matching = null; this.opcodes = null; this.fullbcount = null;
    var b2j = new Map();
    for (var i = 0; i < b.length; i++) {
      var list = b2j.get(b[i]);
      if (!list) b2j.set(b[i], list = []);
      list.push(i);
    }
    this.b2j = b2j;
  };
  Matcher.prototype.findLongestMatch = function (alo, ahi, blo, bhi) {
    var a = this.a, b = this.b, b2j = this.b2j;
    var besti = alo, bestj = blo, bestsize = 0, j2len = new Map();
    for (var i = alo; i < ahi; i++) {
      var newj2len = new Map(), js = b2j.get(a[i]) || [];
      for (var n = 0; n < js.length; n++) {
        var j = js[n];
        if (j < blo) continue;
        if (j >= bhi) break;
        var k = (j2len.get(j - 1) || 0) + 1;
        newj2len.set(j, k);
        if (k > bestsize) { besti = i - k + 1; bestj = j - k + 1; bestsize = k; }
      }
      j2len = newj2len;
    }
    while (besti > alo && bestj > blo && a[besti - 1] === b[bestj - 1]) { besti--; bestj--; bestsize++; }
    while (besti + bestsize < ahi && bestj + bestsize < bhi && a[besti + bestsize] === b[bestj + bestsize]) bestsize++;
    return [besti, bestj, bestsize];
  };
  Matcher.prototype.getMatchingBlocks = function () {
    if (this.matching) return this.matching;
    var la = this.a.length, lb = this.b.length, queue = [[0, la, 0, lb]], blocks = [];
    while (queue.length) {
      var q = queue.pop(), alo = q[0], ahi = q[1], blo = q[2], bhi = q[3];
      var x = this.findLongestMatch(alo, ahi, blo, bhi), i = x[0], j = x[1], k = x[2];
      if (k) {
        blocks.push(x);
        if (alo < i && blo < j) queue.push([alo, i, blo, j]);
        if (i + k < ahi && j + k < bhi) queue.push([i + k, ahi, j + k, bhi]);
      }
    }
    blocks.sort(function (p, q) { return p[0] - q[0] || p[1] - q[1] || p[2] - q[2]; });
    var i1 = 0, j1 = 0, k1 = 0, out = [];
    blocks.forEach(function (m) {
      if (i1 + k1 === m[0] && j1 + k1 === m[1]) k1 += m[2];
      else { if (k1) out.push([i1, j1, k1]); i1 = m[0]; j1 = m[1]; k1 = m[2]; }
    });
    if (k1) out.push([i1, j1, k1]);
    out.push([la, lb, 0]);
    return (this.matching = out);
  };
  Matcher.prototype.getOpcodes = function () {
    if (this.opcodes) return this.opcodes;
    var i = 0, j = 0, out = [];
    this.getMatchingBlocks().forEach(function (m) {
      var ai = m[0], bj = m[1], size = m[2], tag = "";
      if (i < ai && j < bj) tag = "replace";
      else if (i < ai) tag = "delete";
      else if (j < bj) tag = "insert";
      if (tag) out.push([tag, i, ai, j, bj]);
      i = ai + size; j = bj + size;
      if (size) out.push(["equal", ai, i, bj, j]);
    });
    return (this.opcodes = out);
  };
  Matcher.prototype.quickRatio = function () {
    var a = this.a, b = this.b, n;
    if (!this.fullbcount) {
      this.fullbcount = new Map();
      for (n = 0; n < b.length; n++) this.fullbcount.set(b[n], (this.fullbcount.get(b[n]) || 0) + 1);
    }
    var avail = new Map(), matches = 0;
    for (n = 0; n < a.length; n++) {
      var elt = a[n], numb = avail.has(elt) ? avail.get(elt) : (this.fullbcount.get(elt) || 0);
      avail.set(elt, numb - 1);
      if (numb > 0) matches++;
    }
    return ratio(matches, a.length + b.length);
  };
  Matcher.prototype.realQuickRatio = function () {
    var la = this.a.length, lb = this.b.length;
    return ratio(Math.min(la, lb), la + lb);
  };
  function ratio(matches, length) { return length ? 2.0 * matches / length : 1.0; }

  /* --- words --------------------------------------------------------------------------------- */

  // engine.py's _NOTE: a footnote's number in superscript digits glued to the word before it ("clauses.¹"), a token of
  // its own (Python's [^\W\d_] is a letter or a number that is no digit: \p{L}, \p{Nl}, \p{No}); plain digits after
  // letters are the word's own ("mp3"), a `<sup>` known by where it is (policy.json's `sup`: cutsOf)
  var SUPERSCRIPTS = "\\u00b9\\u00b2\\u00b3\\u2070\\u2074-\\u2079";
  var NOTE = new RegExp("(?<=[\\p{L}\\p{Nl}\\p{No}])([.,:]?)([" + SUPERSCRIPTS + "]+)$", "u");
  var NOTED = new RegExp("[\\p{L}\\p{Nl}\\p{No}][.,:]?[" + SUPERSCRIPTS + "]", "u");
  var DIGIT = new RegExp("[" + SUPERSCRIPTS + "]$", "u");  // engine.py's _SUPERSCRIPT, a key's last
  function wordTokens(text) {
    var tokens = (text.match(TOKEN) || []).map(function (t) { return [fold(t).replace(EDGE, ""), t]; });
    if (text.indexOf("\u2026") !== -1) {  // engine.py's _ELLIPSIS: an ellipsis compared as its three full stops
      tokens = tokens.map(function (t) { return t[0] === "\u2026" ? ["...", t[1]] : t; });
    }
    if (fold(text).indexOf("--") !== -1) {  // engine.py's _HYPHENS: a dash typed as hyphens (`--`) compared as one
      tokens = tokens.map(function (t) { return [t[0].replace(/--+/g, "-"), t[1]]; });
    }
    tokens = NOTED.test(fold(text)) ? notesApart(tokens) : tokens;
    return UNSEEN.test(text) || text.normalize("NFC") !== text ? unseen(tokens) : tokens;
  }
  var UNSEEN = new RegExp("[" + INVISIBLE + "\\ufb00-\\ufb06]"), HIDDEN = new RegExp("[" + INVISIBLE + "]", "g");
  function unseen(tokens) {  // engine.py's _unseen: words compared as a reader sees them
    var out = [], carried = "";
    tokens.forEach(function (t) {
      var key = t[0].replace(HIDDEN, "").replace(/[\ufb00-\ufb06]/g, function (c) { return c.normalize("NFKC"); })
        .normalize("NFC");
      if (key) { out.push([key, carried + t[1]]); carried = ""; }
      else if (out.length) out[out.length - 1] = [out[out.length - 1][0], out[out.length - 1][1] + t[1]];
      else carried += t[1];
    });
    return carried ? [["", carried]] : out;
  }
  function notesApart(tokens) {  // engine.py's _notes_apart
    var out = [];
    tokens.forEach(function (token) {
      var key = token[0], written = token[1];
      var note = DIGIT.test(key) ? NOTE.exec(key) : null;
      if (!note) { out.push(token); return; }
      var lead = written.length - fold(written).replace(LEADING, "").length;  // (as engine.py: direction marks too)
      var cuts = [0, note.index, note.index + note[1].length, key.length];
      var at = [0, lead + cuts[1], lead + cuts[2], written.length];
      for (var k = 0; k < 3; k++) if (cuts[k + 1] > cuts[k]) out.push([key.slice(cuts[k], cuts[k + 1]), written.slice(at[k], at[k + 1])]);
    });
    return out;
  }
  /* engine.py's cut: each token a cut falls inside (between its first character and its last) read again as its
     pieces apart; `at` in this text's UTF-16 units (cutsOf) */
  function cutTokens(tokens, at, tokenize) {
    if (!at || !at.length) return tokens;
    var out = [], start = 0, k = 0;
    tokens.forEach(function (token) {
      var written = token[1], folded = fold(written), end = start + written.length;
      while (k < at.length && at[k] <= start) k++;
      var lead = written.length - folded.replace(LEADING, "").length;
      var core = folded.replace(EDGE, "").length, inside = [];
      for (var n = k; n < at.length; n++) if (start + lead < at[n] && at[n] < start + lead + core) inside.push(at[n] - start);
      if (!inside.length) out.push(token);
      else {
        var bounds = [0].concat(inside, [written.length]);
        for (var b = 0; b + 1 < bounds.length; b++) out = out.concat(tokenize(written.slice(bounds[b], bounds[b + 1])));
      }
      start = end;
    });
    return out;
  }
  var TARGET = new RegExp("[" + WS + "]*[^" + WS + "]+[" + WS + "]*", "g");
  function targetTokens(text) {
    return (text.match(TARGET) || []).map(function (t) { return [t.replace(EDGE, ""), t]; });
  }
  function trailingSpace(token) { var m = TRAILING.exec(token); return m ? m[0] : ""; }
  function isSpace(ch) { return ch !== "" && SPACE.test(ch); }
  function push(ops, tag, text) {
    var last = ops[ops.length - 1];
    if (last && last[0] === tag) last[1] += text; else ops.push([tag, text]);
  }
  function join(tokens, from, to) {
    var out = "";
    for (var k = from; k < to; k++) out += tokens[k][1];
    return out;
  }
  /* engine.py's opcodes: bounded in time (MAX_PAIRS), the same ops. */
  var MAX_PAIRS = 400000;
  function opcodes(ka, kb) {
    if (ka.length * kb.length <= MAX_PAIRS) return new Matcher(ka, kb).getOpcodes();
    var start = 0, end = 0, shortest = Math.min(ka.length, kb.length);
    while (start < shortest && ka[start] === kb[start]) start++;
    while (end < shortest - start && ka[ka.length - 1 - end] === kb[kb.length - 1 - end]) end++;
    var aEnd = ka.length - end, bEnd = kb.length - end, middle;
    if ((aEnd - start) * (bEnd - start) <= MAX_PAIRS) {
      middle = new Matcher(ka.slice(start, aEnd), kb.slice(start, bEnd)).getOpcodes().map(function (op) {
        return [op[0], op[1] + start, op[2] + start, op[3] + start, op[4] + start];
      });
    } else {
      middle = [[aEnd > start && bEnd > start ? "replace" : aEnd > start ? "delete" : "insert", start, aEnd, start, bEnd]];
    }
    return (start ? [["equal", 0, start, 0, start]] : [])
      .concat(middle.filter(function (op) { return op[1] < op[2] || op[3] < op[4]; }))
      .concat(end ? [["equal", aEnd, ka.length, bEnd, kb.length]] : []);
  }
  // engine.py's _numbers_joined: a lone number kept between two edits among Chinese or Japanese characters is marked
  // with them (2024年1月5日 → 2025年6月1日: not the month's 1 kept as the day's)
  var NUMBER = /^[0-9\uff10-\uff19]+$/, IDEOGRAPH = new RegExp("^[" + CJK + "]$", "u");
  function loneNumber(op, ka, kb) {
    return op[0] === "equal" && op[2] - op[1] === 1 && NUMBER.test(ka[op[1]]) && [[ka, op[1]], [kb, op[3]]].every(
      function (p) { return p[1] > 0 && p[1] < p[0].length - 1 && IDEOGRAPH.test(p[0][p[1] - 1]) && IDEOGRAPH.test(p[0][p[1] + 1]); });
  }
  function numbersJoined(codes, ka, kb) {
    var out = [];
    codes.forEach(function (op) {
      var n = out.length;
      if (n >= 2 && op[0] !== "equal" && out[n - 2][0] !== "equal" && loneNumber(out[n - 1], ka, kb)) {
        out.pop();
        out[n - 2] = ["replace", out[n - 2][1], op[2], out[n - 2][3], op[4]];
      } else out.push(op);
    });
    return out;
  }
  // engine.py's _letters_joined: letters of a script compared by letter (SEA) kept between two edits, no more of them
  // than either edit has and not a word set apart by spaces, are marked with the edits (มกราคม → มิถุนายน: not [-มกร-]{+มิถุน+}า[-คม-]{+ยน+})
  var SEA_LETTER = new RegExp("^[" + SEA + "]", "u");
  function insideWord(before, kept, after, a, b) {
    if (kept[0] !== "equal" || before[0] === "equal" || after[0] === "equal") return false;
    var size = kept[2] - kept[1];
    if (size > Math.max(before[2] - before[1], before[4] - before[3]) ||
        size > Math.max(after[2] - after[1], after[4] - after[3])) return false;
    for (var k = kept[1]; k < kept[2]; k++) if (!SEA_LETTER.test(a[k][0])) return false;
    return !(spaced(a, kept[1], kept[2]) && spaced(b, kept[3], kept[4]));
  }
  function spaced(tokens, start, end) {  // engine.py's _spaced: a space (or the text's edge) before and after them
    return (start === 0 || trailingSpace(tokens[start - 1][1]) !== "") &&
      (end === tokens.length || trailingSpace(tokens[end - 1][1]) !== "");
  }
  function lettersJoined(codes, a, b) {
    if (!codes.slice(1, -1).some(function (op) { return op[0] === "equal" && SEA_LETTER.test(a[op[1]][0]); })) {
      return codes;
    }
    var out = codes.slice(), joined = true;
    while (joined) {
      joined = false;
      for (var k = 1; k < out.length - 1; k++) {
        if (insideWord(out[k - 1], out[k], out[k + 1], a, b)) {
          out.splice(k - 1, 3, ["replace", out[k - 1][1], out[k + 1][2], out[k - 1][3], out[k + 1][4]]);
          joined = true;
          break;
        }
      }
    }
    return out;
  }
  function wordOps(oldText, newText, tokenize, at) {  // at: each text's cuts (cutsOf), where a word ends
    tokenize = tokenize || wordTokens;
    var a = cutTokens(tokenize(oldText), at && at[0], tokenize), b = cutTokens(tokenize(newText), at && at[1], tokenize);
    var ka = a.map(function (t) { return t[0]; }), kb = b.map(function (t) { return t[0]; });
    if (same(ka, kb)) return newText ? [[EQUAL, newText]] : [];
    var ops = [], moved = "";  // moved: the kept words' space, after deleted words the old text wrote against them
    lettersJoined(numbersJoined(opcodes(ka, kb), ka, kb), a, b).forEach(function (op) {
      var tag = op[0], i1 = op[1], i2 = op[2], j1 = op[3], j2 = op[4];
      if (tag === "equal") { push(ops, EQUAL, moved + join(b, j1, j2)); moved = ""; return; }
      if (i2 > i1) {
        var space = i1 && !trailingSpace(j1 ? b[j1 - 1][1] : " ") ? trailingSpace(a[i1 - 1][1]) : "";
        moved = i1 && j1 && Math.max(j2, j1 + 1) <= b.length ? attached(ops, a[i1 - 1][1], b[j1 - 1][1]) : "";
        push(ops, DELETE, space + join(a, i1, i2));
      }
      if (j2 > j1) { push(ops, INSERT, moved + join(b, j1, j2)); moved = ""; }
    });
    return ops;
  }
  // engine.py's _attached: deleted words the old text wrote against the word before them, where the new text has a
  // space after it, go before that space (`data[-,-] for`, not `data [-,-] for`)
  function attached(ops, beforeOld, beforeNew) {
    var space = trailingSpace(beforeNew), last = ops[ops.length - 1];
    if (!space || trailingSpace(beforeOld) || !last || last[0] !== EQUAL || last[1].length <= space.length ||
        last[1].slice(-space.length) !== space) return "";
    last[1] = last[1].slice(0, -space.length);
    return space;
  }
  function linkText(links) { return links.map(function (h) { return "\u27e8" + h + "\u27e9"; }).join(" "); }

  /* engine.py's segments: [tag, words, space after], a space where either op had one at their meeting point
     and between the deleted and the inserted words of a replacement. */
  function segments(ops) {
    return ops.map(function (op, k) {
      var spaced = k < ops.length - 1 && (isSpace(op[1].slice(-1)) || isSpace(ops[k + 1][1].charAt(0)) ||
                                          (op[0] === DELETE && ops[k + 1][0] === INSERT && !unspaced(ops, k) &&
                                           !signsOnly(ops, k)));
      return [op[0], norm(op[1]), spaced ? " " : ""];
    });
  }
  // engine.py's signs_only: a replacement of signs by signs (`.` by `;`), no letter or digit on either side
  function signsOnly(ops, k) { return !/[\p{L}\p{N}]/u.test(ops[k][1] + ops[k + 1][1]); }
  // engine.py's _unspaced: the text before the replacement, its deleted words' end, its inserted words' start or the
  // text after it is a letter of a script written without spaces (characters, not UTF-16 halves)
  function unspaced(ops, k) {
    var last = function (s) { var c = Array.from(s); return c.length ? c[c.length - 1] : ""; };
    var first = function (s) { return Array.from(s).slice(0, 1).join(""); };
    return [k ? last(ops[k - 1][1]) : "", last(norm(ops[k][1])), first(norm(ops[k + 1][1])),
            k + 2 < ops.length ? first(ops[k + 2][1]) : ""].some(function (c) { return UNSPACED.test(c); });
  }
  // engine.py's _UNSPACED: where a deleted and an inserted run meet at such a letter, no space between them
  var UNSPACED = new RegExp("^[" + CJK + SEA + "\\u3000-\\u303f\\uff00-\\uffef]$", "u");

  /* --- blocks -------------------------------------------------------------------------------- */

  function key(b) { return JSON.stringify([b.kind, norm(b.text), b.links]); }
  function shape(b) { return JSON.stringify([b.kind, b.text, b.md ? b.md[0] : "", b.depth, b.strong, b.links, b.cells, b.number]); }

  function change(kind, o, n, ops, linkOps, note) {
    return { kind: kind, old: o, "new": n, ops: ops, linkOps: linkOps || [], note: note || "", table: 0, cells: [],
             tipOps: [] };
  }
  // engine.py's _tip_ops: the words shown on hover (policy.json's `tips`, format 6), compared where both know them
  var TIPS = " \u00b7 ";
  function tipOpsOf(o, n) {
    if (!o.tips || !n.tips) return [];
    var a = o.tips.map(plain).join(TIPS), b = n.tips.map(plain).join(TIPS);
    return a !== b ? wordOps(o.tips.map(norm).join(TIPS), n.tips.map(norm).join(TIPS)) : [];
  }
  var EMPTY = "e3b0c44298fc1c14";  // the digest of no Markdown at all (export.py's md digests)
  // the digest of a block's Markdown with its whitespace collapsed: the last of its `md` (one digest where that is
  // its Markdown's own, from policy.json's format 5; two before)
  function collapsed(md) { return md ? md[md.length - 1] : EMPTY; }
  // engine.py's replaced_images: the images paired in order that show another picture (policy.json's `images`, format
  // 9: [source, alt, digest]), each named in both by its alt text, else its file's name; compared where both know them
  function imageName(src, alt) {
    return norm(alt) || src.split("?")[0].split("#")[0].replace(/\/+$/, "").split("/").pop();
  }
  function replacedImages(o, n) {
    var out = [];
    if (!o.images || !n.images || same(o.images, n.images)) return out;
    var src = function (image) { return image[0]; }, named = function (image) { return imageName(image[0], image[1]); };
    function paired(olds, news) {
      for (var k = 0; k < Math.min(olds.length, news.length); k++) {
        var a = olds[k], b = news[k];
        if (a[2] && b[2] ? a[2] !== b[2] : a[0] !== b[0]) out.push(["replaced", named(a), named(b)]);
      }
    }
    new Matcher(o.images.map(src), n.images.map(src)).getOpcodes().forEach(function (op) {
      var olds = o.images.slice(op[1], op[2]), news = n.images.slice(op[3], op[4]);
      if (op[0] === "equal") return paired(olds, news);
      // engine.py: other sources paired by their names, then as many on each side each the one in its place
      new Matcher(olds.map(named), news.map(named)).getOpcodes().forEach(function (p) {
        var a = olds.slice(p[1], p[2]), b = news.slice(p[3], p[4]);
        if (p[0] === "equal" || a.length === b.length) return paired(a, b);
        a.forEach(function (image) { out.push(["removed", named(image), ""]); });
        b.forEach(function (image) { out.push(["added", "", named(image)]); });
      });
    });
    return out;
  }
  function unchanged(o, n) {
    var images = replacedImages(o, n);
    if (images.length) {  // the same words, another picture (its alt text the same)
      var r = change("changed", o, n, n.text ? [[EQUAL, n.text]] : [], []);
      r.tipOps = tipOpsOf(o, n);
      r.images = images;
      return r;
    }
    var tips = tipOpsOf(o, n);
    if (tips.length) {  // the same words shown, others heard: an <abbr>'s title edited
      var c = change("changed", o, n, n.text ? [[EQUAL, n.text]] : [], []);
      c.tipOps = tips;
      return c;
    }
    var note = "";
    if (shape(o) !== shape(n)) {
      var sameWords = (o.md || n.md) ? collapsed(o.md) === collapsed(n.md) : true;
      var sameShape = same([o.kind, o.depth, o.strong, o.number], [n.kind, n.depth, n.strong, n.number]);
      note = sameWords && sameShape ? "whitespace" : "formatting";
    }
    return change("unchanged", o, n, n.text ? [[EQUAL, n.text]] : [], [], note);
  }
  function linkOpsOf(o, n) { return same(o.links, n.links) ? [] : wordOps(linkText(o.links), linkText(n.links), targetTokens); }
  function changed(o, n) {
    if (plain(o.text) === plain(n.text) && same(o.links, n.links)) return unchanged(o, n);
    // engine.py: a list item made a paragraph (or indented) while its words changed is a formatting edit too
    var ops = wordOps(o.text, n.text, null, [o.cuts, n.cuts]);
    // engine.py: the same words spaced otherwise ("10 %", "10%") are no change of text shown with nothing marked
    if (same(o.links, n.links) && ops.every(function (op) { return op[0] === EQUAL; })) return unchanged(o, n);
    var c = change("changed", o, n, ops, linkOpsOf(o, n), same([o.kind, o.depth], [n.kind, n.depth]) ? "" : "formatting");
    c.tipOps = tipOpsOf(o, n);
    c.images = replacedImages(o, n);
    var runs = movedRuns(c.ops);
    if (runs.length) {
      c.movedWithin = true;
      var shown = movedWithinOps(c.ops, runs, [o.text, n.text], [o.cuts, n.cuts]);
      if (!same(shown, c.ops)) c.movedOps = shown;
    }
    return c;
  }
  // engine.py's _moved_runs: words deleted in one place of a block and inserted in another, the same or nearly
  // (MOVED_CUTOFF, MOVED_WORDS words at least), most alike first, each run in one pair
  function movedRuns(ops) {
    var gone = [], came = [], scored = [], pairs = [];
    ops.forEach(function (op, k) {
      var found = op[0] === EQUAL ? [] : words(op[1]);
      if (found.length >= MOVED_WORDS) (op[0] === DELETE ? gone : came).push([k, found]);
    });
    if (gone.length * came.length > MAX_RUN_BLOCKS) return [];
    gone.forEach(function (g) {
      came.forEach(function (c) {
        if (Math.abs(g[0] - c[0]) <= 1) return;
        var score = movedScore(g[1], c[1], same(g[1], c[1]));
        if (score >= MOVED_CUTOFF) scored.push([-score, g[0], c[0]]);
      });
    });
    scored.sort(function (x, y) { return x[0] - y[0] || x[1] - y[1] || x[2] - y[2]; });
    scored.forEach(function (p) {
      if (pairs.every(function (q) { return q[0] !== p[1] && q[1] !== p[2]; })) pairs.push([p[1], p[2]]);
    });
    return pairs;
  }
  // engine.py's moved_within_ops: each moved run inserted where it is now, its edits on the way marked inside it, each
  // run compared with the cuts inside it (texts: the old text and the new, at: their cuts)
  function movedWithinOps(ops, runs, texts, at) {
    var source = new Map(), out = [], spans = [];
    if (at && (at[0].length || at[1].length))
      spans = opSpans(ops, tokenStarts(cutTokens(wordTokens(texts[0]), at[0], wordTokens)),
                      tokenStarts(cutTokens(wordTokens(texts[1]), at[1], wordTokens)), 0, 0);
    runs.forEach(function (r) { source.set(r[1], r[0]); });
    ops.forEach(function (op, m) {
      if (!source.has(m)) { push(out, op[0], op[1]); return; }
      var k = source.get(m), inside = spans.length ? [within(at[0], spans[k][0], spans[k][1]),
                                                      within(at[1], spans[m][2], spans[m][3])] : null;
      wordOps(ops[k][1], op[1], null, inside).forEach(function (sub) { push(out, sub[0] === EQUAL ? INSERT : sub[0], sub[1]); });
    });
    return out;
  }
  function tokenStarts(tokens) {  // engine.py's token_starts
    var out = [0];
    tokens.forEach(function (t) { out.push(out[out.length - 1] + t[1].length); });
    return out;
  }
  function bisectLeft(list, x, lo) {
    var hi = list.length;
    while (lo < hi) { var mid = (lo + hi) >> 1; if (list[mid] < x) lo = mid + 1; else hi = mid; }
    return lo;
  }
  // engine.py's op_spans: where each op is in the old text and the new (old start, old end, new start, new end)
  function opSpans(ops, oldAt, newAt, token, start) {
    var out = [];
    ops.forEach(function (op) {
      var tag = op[0], text = op[1], end;
      if (tag === DELETE) {
        var lead = token ? text.length - text.replace(LEADING, "").length : 0;
        end = bisectLeft(oldAt, oldAt[token] + text.length - lead, token);
        out.push([oldAt[token] - lead, oldAt[end], start, start]);
        token = end;
        return;
      }
      end = start + text.length;
      var begin = oldAt[token];
      if (tag === EQUAL) token += bisectLeft(newAt, end, 0) - bisectLeft(newAt, start, 0);
      out.push([begin, tag === EQUAL ? oldAt[token] : begin, start, end]);
      start = end;
    });
    return out;
  }
  function within(at, start, end) {  // engine.py's within
    return at.filter(function (c) { return start < c && c < end; }).map(function (c) { return c - start; });
  }
  // engine.py's _wordless: a block that shows no word and links nowhere, added or removed, is a formatting-only edit
  function wordless(b) { return b.kind !== "row" && !b.text.trim() && !b.links.length; }
  function added(n) {
    if (wordless(n)) return change("unchanged", null, n, [], [], "formatting");
    return change("added", null, n, n.text ? [[INSERT, n.text]] : [], n.links.length ? [[INSERT, linkText(n.links)]] : []);
  }
  function removed(o) {
    if (wordless(o)) return change("unchanged", o, null, [], [], "formatting");
    return change("removed", o, null, o.text ? [[DELETE, o.text]] : [], o.links.length ? [[DELETE, linkText(o.links)]] : []);
  }

  /* --- tables: engine.py's, a table's columns and rows paired by their content ------------------ */

  // document.Block.header, which policy.json does not carry, read from the rows' lines: a table's header row is
  // followed by its delimiter row, its other rows by the next; a row anywhere else starts another table
  function headers(blocks) {
    blocks.forEach(function (b, k) {
      var prev = k ? blocks[k - 1] : null;
      if (b.kind !== "row") return;
      b.header = !prev || prev.kind !== "row" ||
        (b.line > 0 && prev.line > 0 && b.line !== prev.line + (prev.header ? 2 : 1));
    });
    return blocks;
  }
  function units(blocks) {  // engine.py's units
    var out = [];
    blocks.forEach(function (b) {
      var last = out[out.length - 1];
      if (b.kind === "row" && !b.header && last && last[last.length - 1].kind === "row") last.push(b);
      else out.push([b]);
    });
    return out;
  }
  function isTable(u) { return u[0].kind === "row"; }
  function unitKey(u) { return isTable(u) ? "T" + JSON.stringify(u.map(key)) : key(u[0]); }
  function unitText(u) {
    return isTable(u) ? u.reduce(function (all, r) { return all.concat(r.cells); }, []).join(" ") : u[0].text;
  }
  function column(rows, k) { return rows.map(function (r) { return k < r.cells.length ? r.cells[k] : ""; }); }
  function widest(rows) { return Math.max.apply(null, rows.map(function (r) { return r.cells.length; })); }
  function range(from, to) { var out = []; for (var k = from; k < to; k++) out.push(k); return out; }
  function zipped(i1, i2, j1) { return range(i1, i2).map(function (i) { return [i, j1 + i - i1]; }); }
  function matchColumns(olds, news) {  // engine.py's match_columns
    var out = [], sig = function (c) { return JSON.stringify(c.map(norm)); };
    new Matcher(olds.map(sig), news.map(sig)).getOpcodes().forEach(function (op) {
      var i1 = op[1], i2 = op[2], j1 = op[3], j2 = op[4];
      if (op[0] === "equal") { out = out.concat(zipped(i1, i2, j1)); return; }
      var head = function (c) { return norm(c[0]); };
      new Matcher(olds.slice(i1, i2).map(head), news.slice(j1, j2).map(head)).getOpcodes().forEach(function (h) {
        if (h[0] === "equal") out = out.concat(zipped(i1 + h[1], i1 + h[2], j1 + h[3]));
        else if (h[2] - h[1] === h[4] - h[3]) out = out.concat(zipped(i1 + h[1], i1 + h[2], j1 + h[3]));  // in place
        else out = out.concat(alike(olds.slice(i1 + h[1], i1 + h[2]), news.slice(j1 + h[3], j1 + h[4]), i1 + h[1], j1 + h[3]));
      });
    });
    return out;
  }
  function alike(olds, news, i0, j0, labelled) {  // engine.py's _alike
    var ow = olds.map(function (c) { return words(c.join(" ")); }), nw = news.map(function (c) { return words(c.join(" ")); });
    var score = function (i, j) {
      var found = similar(ow[i], nw[j]);
      // engine.py: two rows whose first cell says the same are that row edited
      return labelled && olds[i].length > 1 && news[j].length > 1 && olds[i][0] && olds[i][0] === news[j][0] ?
        Math.max(found, BLOCK_CUTOFF) : found;
    };
    var total = function (list) { return list.reduce(function (n, w) { return n + w.length; }, 0); };
    var pairs = olds.length * news.length > MAX_RUN_BLOCKS || total(ow) * total(nw) > MAX_RUN_WORDS ?
      inPlace(olds.length, news.length, function (i, j) { return !!score(i, j); }) : ordered(olds.length, news.length, score);
    return pairs.map(function (p) {
      return [p[0] === null ? null : i0 + p[0], p[1] === null ? null : j0 + p[1]];
    });
  }
  function rowChange(o, n, columns) {  // engine.py's _row_change
    var cells = [], ops = [], seenOld = false, seenNew = false;
    columns.forEach(function (c) {
      var a = o && c[0] !== null && c[0] < o.cells.length ? o.cells[c[0]] : null;
      var b = n && c[1] !== null && c[1] < n.cells.length ? n.cells[c[1]] : null;
      if (a !== null && seenOld && b !== null && seenNew) push(ops, EQUAL, " | ");
      else {
        if (a !== null && seenOld) push(ops, DELETE, " | ");
        if (b !== null && seenNew) push(ops, INSERT, " | ");
      }
      var cell = a !== null && b !== null ? wordOps(a, b, null, [cellCuts(o, c[0]), cellCuts(n, c[1])]) :
        a ? [[DELETE, a]] : b ? [[INSERT, b]] : [];
      cells.push(cell);
      cell.forEach(function (op) { push(ops, op[0], op[1]); });
      seenOld = seenOld || a !== null;
      seenNew = seenNew || b !== null;
    });
    var c;
    if (!o || !n) c = o ? removed(o) : added(n);
    else if (cells.every(function (cell) { return cell.every(function (op) { return op[0] === EQUAL; }); }) &&
             same(o.links, n.links)) c = unchanged(o, n);
    else {
      c = change("changed", o, n, ops, linkOpsOf(o, n));
      c.tipOps = tipOpsOf(o, n);
      c.images = replacedImages(o, n);
    }
    c.cells = cells;
    return c;
  }
  function columnsOf(o, n) {
    return matchColumns(range(0, widest(o)).map(function (k) { return column(o, k); }),
                        range(0, widest(n)).map(function (k) { return column(n, k); }));
  }
  function tableChanges(o, n) {  // engine.py's _table_changes
    var columns = columnsOf(o, n);
    var kept = columns.filter(function (c) { return c[0] !== null && c[1] !== null; });
    // engine.py: a column numbering the rows in both is left out of pairing them
    var keyed = kept.filter(function (c) { return !(countsRows(o, c[0]) && countsRows(n, c[1])); });
    if (keyed.length) kept = keyed;
    function keptCells(row, side) {
      return kept.map(function (c) { return c[side] < row.cells.length ? norm(row.cells[c[side]]) : ""; });
    }
    var out = [rowChange(o[0], n[0], columns)], bodyOld = o.slice(1), bodyNew = n.slice(1);
    var ka = bodyOld.map(function (r) { return keptCells(r, 0); }), kb = bodyNew.map(function (r) { return keptCells(r, 1); });
    var str = function (k) { return JSON.stringify(k); };
    var keys = [null];  // engine.py: a row on one side only, its cells in the columns both have
    new Matcher(ka.map(str), kb.map(str)).getOpcodes().forEach(function (op) {
      var i1 = op[1], i2 = op[2], j1 = op[3], j2 = op[4];
      if (op[0] === "equal") zipped(i1, i2, j1).forEach(function (p) {
        out.push(rowChange(bodyOld[p[0]], bodyNew[p[1]], columns));
        keys.push(null);
      });
      else alike(ka.slice(i1, i2), kb.slice(j1, j2), i1, j1, true).forEach(function (p) {
        out.push(rowChange(p[0] === null ? null : bodyOld[p[0]], p[1] === null ? null : bodyNew[p[1]], columns));
        keys.push(p[0] !== null && p[1] !== null ? null : p[0] !== null ? ka[p[0]] : kb[p[1]]);
      });
    });
    var moved = movedColumns(o, n, columns);
    if (moved.length) out[0] = Object.assign({}, out[0], { movedColumns: moved });
    return movedRows(out, keys, columns);
  }
  // engine.py's moved_columns: the headers of the columns moved, every cell the same, in the new order
  function movedColumns(o, n, columns) {
    var gone = columns.filter(function (c) { return c[1] === null && c[0] !== null; }).map(function (c) { return c[0]; });
    var out = [];
    columns.forEach(function (c) {
      if (c[0] !== null || c[1] === null) return;
      var cells = column(n, c[1]).map(plain), k;
      if (!cells.some(function (cell) { return cell; })) return;
      for (k = 0; k < gone.length; k++) if (same(column(o, gone[k]).map(plain), cells)) break;
      if (k === gone.length) return;
      gone.splice(k, 1);
      out.push(c[1] < n[0].cells.length ? n[0].cells[c[1]] : "");
    });
    return out;
  }
  var ROW_NUMBER = /^([0-9]{1,4})[.)]?$/;
  function countsRows(table, k) {  // engine.py's _counts_rows: cells counting up by one
    var first = null;
    return table.length > 1 && table.slice(1).every(function (r, n) {
      var m = k < r.cells.length ? ROW_NUMBER.exec(norm(r.cells[k])) : null;
      if (m && first === null) first = parseInt(m[1], 10);
      return !!m && parseInt(m[1], 10) === first + n;
    });
  }
  function whole(u, isAdded) {  // engine.py's _whole
    if (!isTable(u)) return [isAdded ? added(u[0]) : removed(u[0])];
    var columns = range(0, widest(u)).map(function (k) { return isAdded ? [null, k] : [k, null]; });
    return u.map(function (r) { return isAdded ? rowChange(null, r, columns) : rowChange(r, null, columns); });
  }
  function numbered(pieces) {  // engine.py's _numbered
    var out = [], tables = 0;
    pieces.forEach(function (piece) {
      if (piece.length && (piece[0]["new"] || piece[0].old).kind === "row") {
        tables++;
        piece.forEach(function (c) { c.table = tables; });
      }
      out = out.concat(piece);
    });
    return out;
  }

  function diffBlocks(olds, news) {
    var ua = units(olds), ub = units(news), ka = ua.map(unitKey), kb = ub.map(unitKey), pieces = [];
    (same(ka, kb) ? [["equal", 0, ua.length, 0, ub.length]] : opcodes(ka, kb)).forEach(function (op) {
      if (op[0] === "equal") zipped(op[1], op[2], op[3]).forEach(function (p) {
        pieces.push(isTable(ua[p[0]]) ? tableChanges(ua[p[0]], ub[p[1]]) : [unchanged(ua[p[0]][0], ub[p[1]][0])]);
      });
      else pair(ua.slice(op[1], op[2]), ub.slice(op[3], op[4]), pieces);
    });
    var lists = new Map(), said = new Set();
    [ua, ub].forEach(function (side) {
      var blocks = [].concat.apply([], side);
      numberedLists(blocks).forEach(function (list, k) { lists.set(blocks[k], list); });
    });
    return madeTables(joins(numbered(pieces.map(function (piece) {
      return piece.map(function (c) { return renumbered(c, lists, said); });
    }))));
  }
  // engine.py's made_tables: list items removed, then a table added whole of the same or nearly the same words; and
  // back, a table removed whole, then list items added of its rows' words
  function madeTables(changes) {
    var out = changes.slice(), k = 0;
    while (k < out.length) {
      var items = run(out, k, function (c) { return c.kind === "removed" && c.old.kind === "item"; });
      var end = run(out, items, function (c) { return items > k && !!c.table && c.table === out[items].table; });
      var rows = out.slice(items, end);
      if (rows.length > 1 && rows.every(function (r) { return r.kind === "added" && r["new"]; }) &&
          listed(out.slice(k, items).map(function (b) { return b.old; }),
                 rows.slice(1).map(function (r) { return r["new"]; }))) {
        out[items] = Object.assign({}, out[items], { fromList: true });
        var made = rowsFromItems(out.slice(k, items).map(function (b) { return b.old; }), out.slice(items + 1, end));
        made.forEach(function (r, n) { out[items + 1 + n] = r; });
      }
      else if (items === k && out[k].table && (k === 0 || out[k - 1].table !== out[k].table)) {
        var table = out[k].table;
        var rowsEnd = run(out, k, function (c) { return c.table === table; });
        end = run(out, rowsEnd, function (c) { return c.kind === "added" && c["new"].kind === "item"; });
        rows = out.slice(k, rowsEnd);
        if (end > rowsEnd && rows.length > 1 && rows.every(function (r) { return r.kind === "removed" && r.old; }) &&
            listed(out.slice(rowsEnd, end).map(function (b) { return b["new"]; }),
                   rows.slice(1).map(function (r) { return r.old; })))
        {
          out[end - 1] = Object.assign({}, out[end - 1], { fromTable: true });
          itemsFromRows(rows.slice(1).map(function (r) { return r.old; }), out.slice(rowsEnd, end))
            .forEach(function (b, n) { out[rowsEnd + n] = b; });
        }
      }
      k = Math.max(end, k + 1);
    }
    return out;
  }
  // engine.py's _rows_from_items: each row of a table a list became, its cells marked against the item it was made of
  function rowsFromItems(items, rows) {
    var olds = items.map(function (b) { return b ? b.text : ""; }), out = rows.slice();
    madeOf(olds, rows.map(function (r) { return r["new"] ? r["new"].cells.join(" ") : ""; })).forEach(function (p) {
      var cells = cellsFrom(olds[p[0]], rows[p[1]]["new"].cells), joined = [];
      cells.forEach(function (cell, n) {
        (n ? [[EQUAL, " | "]] : []).concat(cell).forEach(function (op) { push(joined, op[0], op[1]); });
      });
      out[p[1]] = Object.assign({}, rows[p[1]], { movedCells: cells, movedOps: joined });
    });
    return out;
  }
  // engine.py's _items_from_rows: each item of a list a table became, its words marked against the row it was made of
  function itemsFromRows(rows, items) {
    var olds = rows.map(function (r) { return r ? r.cells.join(" ") : ""; }), out = items.slice();
    madeOf(olds, items.map(function (b) { return b["new"] ? b["new"].text : ""; })).forEach(function (p) {
      out[p[1]] = Object.assign({}, items[p[1]], { movedOps: itemFrom(rows[p[0]].cells, items[p[1]]["new"].text) });
    });
    return out;
  }
  // engine.py's item_from: an item's text as the words of a row's cells, the marks it writes between two cells' words
  // kept (`Logs: one year` of `Logs | one year`), not inserted
  var WORDLY = /[\p{L}\p{N}]/u;
  function itemFrom(cells, text) {
    var owned = [], b = wordTokens(text), ops = [];
    cells.forEach(function (cell, k) {
      var tokens = wordTokens(cell), last = tokens[tokens.length - 1];
      if (last && k < cells.length - 1 && !isSpace(last[1].slice(-1))) tokens[tokens.length - 1] = [last[0], last[1] + " "];
      tokens.forEach(function (t) { owned.push([k, t]); });
    });
    opcodes(owned.map(function (o) { return o[1][0]; }), b.map(function (t) { return t[0]; })).forEach(function (op) {
      var tag = op[0], i1 = op[1], i2 = op[2], j1 = op[3], j2 = op[4];
      if (tag !== "equal" && i1 > 0 && i1 < owned.length && owned[i1 - 1][0] !== owned[i1][0]) {
        while (j1 < j2 && !WORDLY.test(b[j1][0])) { push(ops, EQUAL, b[j1][1]); j1++; }
      }
      if (tag === "equal") { push(ops, EQUAL, join(b, j1, j2)); return; }
      if (i2 > i1) push(ops, DELETE, owned.slice(i1, i2).map(function (o) { return o[1][1]; }).join(""));
      if (j2 > j1) push(ops, INSERT, join(b, j1, j2));
    });
    return ops;
  }
  // engine.py's _made_of: blocks added each paired with the block removed whose words it holds, compared as a join does
  function madeOf(olds, news) {
    var bare = function (t) { return [joinWords(t).join(" ")]; };
    return alike(olds.map(bare), news.map(bare), 0, 0).filter(function (p) { return p[0] !== null && p[1] !== null; });
  }
  // engine.py's cells_from: a row's cells as the words of one text, each cell's ops
  function cellsFrom(text, cells) {
    var a = wordTokens(text), owned = [], out = cells.map(function () { return []; });
    cells.forEach(function (cell, k) { wordTokens(cell).forEach(function (t) { owned.push([k, t]); }); });
    if (!out.length) return [];
    opcodes(a.map(function (t) { return t[0]; }), owned.map(function (o) { return o[1][0]; })).forEach(function (op) {
      var tag = op[0], i1 = op[1], i2 = op[2], j1 = op[3], j2 = op[4];
      if (tag !== "equal" && i2 > i1)
        push(out[tag === "replace" ? owned[j1][0] : j1 ? owned[j1 - 1][0] : 0], DELETE, join(a, i1, i2));
      owned.slice(j1, j2).forEach(function (o) { push(out[o[0]], tag === "equal" ? EQUAL : INSERT, o[1][1]); });
    });
    return out;
  }
  // engine.py's _run: where the run of changes from start that fits ends
  function run(changes, start, fits) {
    var end = start;
    while (end < changes.length && fits(changes[end])) end++;
    return end;
  }
  // engine.py's _listed: list items of the same or nearly the same words as a table's rows (its header left out)
  function listed(items, rows) {  // engine.py's _listed: most items and most rows paired (madeOf)
    var pairs = madeOf(items.map(function (b) { return b ? b.text : ""; }),
                       rows.map(function (r) { return r ? r.cells.join(" ") : ""; }));
    return 2 * pairs.length > Math.max(items.length, rows.length);
  }
  // engine.py's numbered_lists: each numbered item's list (1, 2 … in reading order) and its first number, else [0, 0]
  function numberedLists(blocks) {
    var placed = new Map(), made = 0;
    return blocks.map(function (b) {
      var kept = new Map();
      placed.forEach(function (had, depth) {
        if (depth < b.depth || depth === b.depth && b.kind === "item" && b.number) kept.set(depth, had);
      });
      placed = kept;
      if (b.kind !== "item" || !b.number) return [0, 0];
      if (!placed.has(b.depth)) placed.set(b.depth, [++made, 0]);
      var had = placed.get(b.depth);
      placed.set(b.depth, [had[0], had[1] + 1]);
      return [had[0], b.number - had[1]];
    });
  }
  // engine.py's _renumbered: an unchanged item numbered anew by its place in its list (its first number the same), a
  // formatting-only edit said once for the list
  function renumbered(c, lists, said) {
    var o = c.old, n = c["new"];
    if (c.kind !== "unchanged" || !c.note || !o || !n || o.number === n.number || !o.number || !n.number
        || !lists.has(o) || !lists.has(n) || lists.get(o)[1] !== lists.get(n)[1]) return c;
    var note = unchanged(Object.assign({}, o, { number: n.number }), n).note;
    if (!said.has(lists.get(n)[0])) { said.add(lists.get(n)[0]); note = "formatting"; }
    return Object.assign({}, c, { note: note });
  }
  // engine.py's joins: paragraphs merged into one, or one split into several, the words kept, said as such
  function joins(changes) {
    var groups = [];
    changes.forEach(function (c) {
      if (!groups.length || !grows(groups[groups.length - 1], [c])) { groups.push([c]); return; }
      var group = groups.pop().concat([c]);
      while (groups.length && grows(groups[groups.length - 1], group)) group = groups.pop().concat(group);
      groups.push(group);
    });
    var out = [];
    groups.forEach(function (g) { out = out.concat((g.length > 1 && joinedBlocks(g)) || g); });
    return out;
  }
  function sides(parts, way) {  // engine.py's _sides
    var kinds = parts.map(function (p) { return p.kind; }), at = kinds.indexOf("changed");
    // paragraphs and list items on both sides (engine.py: a list made part of a paragraph, its items merged into it)
    if (parts.some(function (p) { return p.joined || [p.old, p["new"]].some(function (b) { return b && !PROSE[b.kind]; }); }) ||
        at < 0 || kinds.lastIndexOf("changed") !== at) return null;
    var paired = parts[at];
    function only(kind) { return kinds.every(function (k) { return k === "changed" || k === kind; }); }
    function texts(side) { return parts.map(function (p) { return p[side].text; }); }
    if (only("removed") && way !== "split") return ["merged", texts("old"), paired["new"].text];
    if (only("added")) return ["split", texts("new"), paired.old.text];
    return null;
  }
  function grows(before, after) {  // engine.py's _grows
    var both = sides(before.concat(after)), alone = both ? sides(before, both[0]) || sides(after, both[0]) : null;
    if (!both || !alone) return false;
    return joinScore(both[1], both[2]) > joinScore(alone[1], alone[2]);
  }
  // engine.py's _bare: a word as a join compares it, lower case, without the punctuation and symbols at its ends
  var BARE_EDGES = /^[\p{P}\p{S}]+|[\p{P}\p{S}]+$/gu;
  function joinWords(text) {  // engine.py's _text_words
    return words(text).map(function (w) { return w.replace(BARE_EDGES, "").toLowerCase(); })
      .filter(function (w) { return w !== ""; });
  }
  function joinScore(texts, other) {  // engine.py's _join_score
    var a = joinWords(texts.join(" ")), b = joinWords(other), size = 0;
    if (same(a, b)) return 1.0;
    if (a.length * b.length > MAX_PAIRS) {  // the words both hold in any order (difflib's quick ratio), counted
      var counts = new Map();
      b.forEach(function (w) { counts.set(w, (counts.get(w) || 0) + 1); });
      a.forEach(function (w) { var n = counts.get(w); if (n) { counts.set(w, n - 1); size++; } });
      return ratio(size, a.length + b.length);
    }
    new Matcher(a, b).getMatchingBlocks().forEach(function (m) { size += m[2]; });
    return ratio(size, a.length + b.length);
  }
  function joinedBlocks(parts) {  // engine.py's _joined_blocks
    var s = sides(parts);
    if (!s) return null;
    if (joinScore(s[1], s[2]) < MOVED_CUTOFF) return null;
    var paired = parts.filter(function (p) { return p.kind === "changed"; })[0];
    if (s[0] === "merged") {
      var olds = parts.map(function (p) { return p.old; }), neu = paired["new"], start = 0, points = 0;
      var joinedCuts = [], joinedUps = [], joinedLangs = [];
      olds.forEach(function (o) {  // each one's cuts (UTF-16) and superscripts (code points) where its text is in theirs
        o.cuts.forEach(function (at) { joinedCuts.push(start + at); });
        (o.ups || []).forEach(function (p) { joinedUps.push([points + p[0], points + p[1]]); });
        (o.langs || []).forEach(function (p) { joinedLangs.push([points + p[0], points + p[1], p[2]]); });
        start += o.text.length + 1;
        points += Array.from(o.text).length + 1;
      });
      var old = Object.assign({}, olds[0], {
        text: s[1].join(" "), cuts: joinedCuts, ups: joinedUps, langs: joinedLangs,
        links: [].concat.apply([], olds.map(function (o) { return o.links; })),
        tips: olds.every(function (o) { return o.tips; }) ? [].concat.apply([], olds.map(function (o) { return o.tips; })) : undefined });
      // changed even where no word did: the paragraphs did (changed() would say it unchanged)
      return [Object.assign(change("changed", old, neu, wordOps(old.text, neu.text, null, [old.cuts, neu.cuts]),
                                   linkOpsOf(old, neu)),
                            { tipOps: tipOpsOf(old, neu), joined: "merged", joinedCount: olds.length,
                              joinedOf: joinedOf(olds.map(function (o) { return o.kind; })) })];
    }
    // the new paragraphs' text joined, where each begins in it and its superscripts are (cuts)
    var whole = paired.old, begins = [], joinedCuts = [], at = 0;
    parts.forEach(function (p) {
      begins.push(at);
      p["new"].cuts.forEach(function (c) { joinedCuts.push(at + c); });
      at += p["new"].text.length + 1;
    });
    var tail = wordOps(whole.text, s[1].join(" "), null, [whole.cuts, joinedCuts]);
    var tokens = cutTokens(wordTokens(whole.text), whole.cuts, wordTokens), kept = 0;
    var oldAt = tokenStarts(tokens), newAt = tokenStarts(cutTokens(wordTokens(s[1].join(" ")), joinedCuts, wordTokens));
    var last = parts.length - 1;
    return parts.map(function (b, n) {
      var head = tail;
      if (n < last) { var both = cut(tail, b["new"].text.length + 1); head = both[0]; tail = both[1]; }
      var spans = opSpans(head, oldAt, newAt, kept, begins[n]), first = kept;
      if (spans.length) kept = bisectLeft(oldAt, spans[spans.length - 1][1], kept);
      var oldText = join(tokens, first, kept);
      if (n < last) oldText = oldText.replace(/\s+$/, "");
      var from = oldAt[first], partCuts = whole.cuts.filter(function (c) { return from < c && c < from + oldText.length; })
        .map(function (c) { return c - from; });
      // its superscripts where its text is in the old paragraph's (engine.py's marks; in code points)
      var fromPoint = Array.from(whole.text.slice(0, from)).length, points = Array.from(oldText).length;
      var partUps = (whole.ups || []).filter(function (p) { return fromPoint <= p[0] && p[1] <= fromPoint + points; })
        .map(function (p) { return [p[0] - fromPoint, p[1] - fromPoint]; });
      var partLangs = (whole.langs || []).filter(function (p) { return fromPoint <= p[0] && p[1] <= fromPoint + points; })
        .map(function (p) { return [p[0] - fromPoint, p[1] - fromPoint, p[2]]; });
      var c = change("changed", Object.assign({}, whole, { text: oldText, cuts: partCuts, ups: partUps, langs: partLangs }),
                     b["new"], head,
                     n === 0 ? linkOpsOf(whole, b["new"]) : (b["new"].links.length ? [[INSERT, linkText(b["new"].links)]] : []));
      if (n < last) c.joined = "split";
      if (n === 0) { c.joinedCount = parts.length; c.joinedOf = joinedOf([whole.kind]); }  // said once, by its first
      return c;
    });
  }
  function joinedOf(kinds) {  // engine.py's _joined_of: "" paragraphs, "items", "mixed"
    var items = kinds.filter(function (k) { return k === "item"; }).length;
    return !items ? "" : items === kinds.length ? "items" : "mixed";
  }
  function cut(ops, at) {  // engine.py's _cut
    var head = [], tail = [], reached = 0;
    ops.forEach(function (op) {
      var tag = op[0], text = op[1];
      if (tag === DELETE || reached + text.length <= at) {
        (reached < at || (tag === DELETE && !tail.length) ? head : tail).push([tag, text]);
        if (tag !== DELETE) reached += text.length;
        return;
      }
      var at_ = Math.max(at - reached, 0);
      if (text.slice(0, at_)) head.push([tag, text.slice(0, at_)]);
      tail.push([tag, text.slice(at_)]);
      reached += text.length;
    });
    for (var last = head.length - 1; last >= 0 && head[last][0] === DELETE; last--);
    if (last >= 0) head[last] = [head[last][0], head[last][1].replace(/\s+$/, "")];
    return [head.filter(function (op) { return op[1]; }), tail];
  }
  function blockScore(matches, la, lb) {
    var shorter = Math.min(la, lb);
    if (!shorter) return la === lb ? 1.0 : 0.0;
    var r = 2 * matches / (la + lb);
    if (r >= BLOCK_CUTOFF) return r;
    return matches / shorter >= CONTAINED ? BLOCK_CUTOFF : 0.0;
  }
  function pairable(o, n) {
    if (isTable(o) || isTable(n)) return isTable(o) && isTable(n);
    return o[0].kind === n[0].kind || (PROSE[o[0].kind] && PROSE[n[0].kind] && o[0].kind !== n[0].kind);
  }
  var WORD = new RegExp("[" + CJK + "]|[^" + CJK + WS + "]+", "gu");
  function words(text) { return fold(text.normalize("NFC")).match(WORD) || []; }  // engine.py's words()
  /* engine.py's _pair: a run too large to search (MAX_RUN_BLOCKS, MAX_RUN_WORDS) is paired in order. */
  var MAX_RUN_BLOCKS = 2500, MAX_RUN_WORDS = 25000000;
  function pair(olds, news, pieces) {
    var made = new Map();
    function single(i, j) {
      if (!pairable(olds[i], news[j])) return false;
      if (isTable(olds[i])) {  // engine.py: a table edited if it keeps words or a header
        var heads = news[j][0].cells.map(norm);
        return olds[i][0].cells.some(function (c) { return norm(c) !== "" && heads.indexOf(norm(c)) !== -1; }) ||
          !!score(olds[i], news[j]);
      }
      var c = changed(olds[i][0], news[j][0]), kept = 0;
      c.ops.forEach(function (op) { if (op[0] === EQUAL) kept += wordTokens(op[1]).length; });
      made.set(i + "," + j, [c]);
      return c.kind === "unchanged" || sameTerm(olds[i], news[j]) ||
        !!blockScore(kept, wordTokens(olds[i][0].text).length, wordTokens(news[j][0].text).length);
    }
    var count = function (list) { return list.reduce(function (n, u) { return n + words(unitText(u)).length; }, 0); };
    var pairs;
    if (olds.length * news.length > MAX_RUN_BLOCKS || count(olds) * count(news) > MAX_RUN_WORDS) {
      pairs = inPlace(olds.length, news.length, single);
    } else {
      pairs = ordered(olds.length, news.length, function (i, j) { return score(olds[i], news[j]); }, single);
    }
    pairs.forEach(function (p) {
      var i = p[0], j = p[1];
      if (i !== null && j !== null) {
        var kept = made.get(i + "," + j);
        made.delete(i + "," + j);
        pieces.push(kept || (isTable(olds[i]) ? tableChanges(olds[i], news[j]) : [changed(olds[i][0], news[j][0])]));
      } else pieces.push(i === null ? whole(news[j], true) : whole(olds[i], false));
    });
  }
  function inPlace(nOld, nNew, single) {  // engine.py's _in_place
    var out = [], k;
    for (k = 0; k < Math.min(nOld, nNew); k++) out = out.concat(single(k, k) ? [[k, k]] : [[k, null], [null, k]]);
    for (k = nNew; k < nOld; k++) out.push([k, null]);
    for (k = nOld; k < nNew; k++) out.push([null, k]);
    return out;
  }
  function ordered(nOld, nNew, score, single) {  // engine.py's _ordered: each pair scored once
    var out = [], scores = new Map();
    function search(i0, i1, j0, j1) {
      if (single && i1 - i0 === 1 && j1 - j0 === 1) {
        if (single(i0, j0)) out.push([i0, j0]); else out.push([i0, null], [null, j0]);
        return;
      }
      var best = 0.0, at = null, i, j;
      for (j = j0; j < j1; j++) for (i = i0; i < i1; i++) {
        var key = i + "," + j;
        if (!scores.has(key)) scores.set(key, score(i, j));
        var found = scores.get(key);
        if (found > best) { best = found; at = [i, j]; }
      }
      if (at === null) {
        for (i = i0; i < i1; i++) out.push([i, null]);
        for (j = j0; j < j1; j++) out.push([null, j]);
        return;
      }
      search(i0, at[0], j0, at[1]);
      out.push(at);
      search(at[0] + 1, i1, at[1] + 1, j1);
    }
    search(0, nOld, 0, nNew);
    return out;
  }
  function score(o, n) {  // engine.py's _score
    if (!pairable(o, n)) return 0.0;
    var s = similar(words(unitText(o)), words(unitText(n)));
    return sameTerm(o, n) ? Math.max(s, BLOCK_CUTOFF) : s;
  }
  function term(u) {  // engine.py's _term: the bold words a block begins with, the term it defines
    if (isTable(u) || !u[0].strong || !u[0].strong.length) return "";
    var t = plain(u[0].strong[0]);
    return t && plain(u[0].text).indexOf(t) === 0 ? t : "";
  }
  function sameTerm(o, n) { var t = term(o); return !!t && t === term(n); }  // engine.py's _same_term
  function similar(ow, nw) {  // engine.py's _similar
    var matcher = new Matcher(ow, nw), la = ow.length, lb = nw.length;
    if (!blockScore(Math.floor(matcher.quickRatio() * (la + lb) / 2 + 0.5), la, lb)) return 0.0;
    var size = 0;
    if (la * lb <= MAX_PAIRS) matcher.getMatchingBlocks().forEach(function (m) { size += m[2]; });
    else size = Math.floor(matcher.quickRatio() * (la + lb) / 2 + 0.5);  // engine.py: bounded in time
    return blockScore(size, la, lb);
  }

  /* --- sections ------------------------------------------------------------------------------ */

  function sectionWords(s) {
    return words(s.title + " " + s.blocks.map(function (b) { return b.text; }).join("\n"));
  }
  function bag(list) {
    var counts = new Map();
    list.forEach(function (w) { counts.set(w, (counts.get(w) || 0) + 1); });
    return { counts: counts, total: list.length };
  }
  function similarity(a, b) {
    var total = a.total + b.total, common = 0;
    if (!total) return 1.0;
    a.counts.forEach(function (n, w) { var m = b.counts.get(w); if (m) common += Math.min(n, m); });
    return 2 * common / total;
  }
  function bags(sections) {
    var cache = new Map();
    return function (i) {
      if (!cache.has(i)) cache.set(i, bag(sectionWords(sections[i])));
      return cache.get(i);
    };
  }
  function bisectLeft(list, x) {
    var lo = 0, hi = list.length;
    while (lo < hi) { var mid = (lo + hi) >> 1; if (list[mid] < x) lo = mid + 1; else hi = mid; }
    return lo;
  }
  function inOrder(pairs) {
    var olds = Array.from(pairs.keys()).sort(function (x, y) { return x - y; });
    var tails = [], tailAt = [], back = new Array(olds.length).fill(-1);
    olds.forEach(function (i, k) {
      var j = pairs.get(i), pos = bisectLeft(tails, j);
      if (pos === tails.length) { tails.push(j); tailAt.push(k); } else { tails[pos] = j; tailAt[pos] = k; }
      back[k] = pos ? tailAt[pos - 1] : -1;
    });
    var keep = new Set(), k = tailAt.length ? tailAt[tailAt.length - 1] : -1;
    while (k >= 0) { keep.add(olds[k]); k = back[k]; }
    return keep;
  }
  function range(from, to) { var out = []; for (var k = from; k < to; k++) out.push(k); return out; }

  function matchSections(old, neu) {
    var pairs = new Map(), taken = new Set();
    function pairUp(i, j) { pairs.set(i, j); taken.add(j); }
    var byNumber = new Map();
    neu.forEach(function (s, j) { byNumber.set(s.number, j); });
    old.forEach(function (o, i) {
      var j = byNumber.get(o.number);
      if (j !== undefined && !taken.has(j) && plain(neu[j].title) === plain(o.title)) pairUp(i, j);
    });
    var content = new Map();
    neu.forEach(function (n, j) {
      if (taken.has(j)) return;
      var k = sectionWords(n).join(" ");
      if (!content.has(k)) content.set(k, []);
      content.get(k).push(j);
    });
    old.forEach(function (o, i) {
      if (pairs.has(i)) return;
      var free = (content.get(sectionWords(o).join(" ")) || []).filter(function (j) { return !taken.has(j); });
      if (free.length) pairUp(i, free[0]);
    });
    var wordsOld = bags(old), wordsNew = bags(neu);
    function sameTitle(i, candidates) {
      var title = plain(old[i].title), bestR = null, bestJ = null;
      candidates.forEach(function (j) {
        if (taken.has(j) || plain(neu[j].title) !== title) return;
        var r = similarity(wordsOld(i), wordsNew(j));
        if (r < SAME_TITLE_CUTOFF) return;
        if (bestR === null || r > bestR || (r === bestR && j > bestJ)) { bestR = r; bestJ = j; }
      });
      if (bestJ !== null) pairUp(i, bestJ);
    }
    var anchors = [[-1, -1]].concat(Array.from(inOrder(pairs)).sort(function (x, y) { return x - y; })
      .map(function (i) { return [i, pairs.get(i)]; })).concat([[old.length, neu.length]]);
    for (var a = 0; a + 1 < anchors.length; a++) {
      var i0 = anchors[a][0], j0 = anchors[a][1], i1 = anchors[a + 1][0], j1 = anchors[a + 1][1];
      var gapOld = range(i0 + 1, i1).filter(function (i) { return !pairs.has(i); });
      var gapNew = range(j0 + 1, j1).filter(function (j) { return !taken.has(j); });
      gapOld.forEach(function (i) { sameTitle(i, gapNew); });
      gapOld = gapOld.filter(function (i) { return !pairs.has(i); });
      gapNew = gapNew.filter(function (j) { return !taken.has(j); });
      if (gapOld.length === gapNew.length)
        gapOld.forEach(function (i, k) {
          if (similarity(wordsOld(i), wordsNew(gapNew[k])) >= BLOCK_CUTOFF) pairUp(i, gapNew[k]);
        });
    }
    var restNew = range(0, neu.length).filter(function (j) { return !taken.has(j); });
    range(0, old.length).forEach(function (i) { if (!pairs.has(i)) sameTitle(i, restNew); });
    range(0, old.length).forEach(function (i) {
      var j = byNumber.get(old[i].number);
      if (!pairs.has(i) && j !== undefined && !taken.has(j) && similarity(wordsOld(i), wordsNew(j)) >= BLOCK_CUTOFF)
        pairUp(i, j);
    });
    var candidates = [];
    range(0, old.length).forEach(function (i) {
      if (pairs.has(i)) return;
      range(0, neu.length).forEach(function (j) {
        if (taken.has(j)) return;
        var r = similarity(wordsOld(i), wordsNew(j));
        if (r >= SECTION_CUTOFF) candidates.push([r, i, j]);
      });
    });
    candidates.sort(function (x, y) { return y[0] - x[0] || y[1] - x[1] || y[2] - x[2]; });
    candidates.forEach(function (c) { if (!pairs.has(c[1]) && !taken.has(c[2])) pairUp(c[1], c[2]); });
    joinedRuns(old, neu, pairs, wordsOld, wordsNew).forEach(function (p) { pairUp(p[0], p[1]); });
    return pairs;
  }

  // engine.py's _joined_runs: sections merged under a new title (two or more in a row no pair keeps, their words
  // together a new section's, which none alone is) paired with the one holding most of its words, and one split into
  // several the same the other way; `joined` says the others merged or split
  var JOINED_RUN = 6;
  function joinedRuns(old, neu, pairs, wordsOld, wordsNew) {
    var taken = new Set(pairs.values());
    var found = runsInto(range(0, neu.length).filter(function (j) { return !taken.has(j); }),
                         range(0, old.length).filter(function (i) { return !pairs.has(i); }), wordsNew, wordsOld)
      .map(function (p) { return [p[1], p[0]]; });
    var olds = new Set(found.map(function (p) { return p[0]; }));
    found.forEach(function (p) { taken.add(p[1]); });
    return found.concat(runsInto(range(0, old.length).filter(function (i) { return !pairs.has(i) && !olds.has(i); }),
                                 range(0, neu.length).filter(function (j) { return !taken.has(j); }),
                                 wordsOld, wordsNew));
  }
  function sumBags(list) {  // Counter's sum of sections' words
    var counts = new Map(), total = 0;
    list.forEach(function (b) {
      b.counts.forEach(function (n, w) { counts.set(w, (counts.get(w) || 0) + n); });
      total += b.total;
    });
    return { counts: counts, total: total };
  }
  function shared(a, b) {
    var common = 0;
    a.counts.forEach(function (n, w) { var m = b.counts.get(w); if (m) common += Math.min(n, m); });
    return common;
  }
  function runsInto(ones, free, bagsOne, bagsMany) {  // engine.py's _runs_into
    var runs = [];
    free.forEach(function (k) {
      var last = runs.length ? runs[runs.length - 1] : null;
      if (last && last[last.length - 1] === k - 1) last.push(k); else runs.push([k]);
    });
    var spans = [];
    runs.forEach(function (run) {
      for (var a = 0; a < run.length; a++)
        for (var b = a + 1; b < Math.min(run.length, a + JOINED_RUN); b++) spans.push([run[a], run[b]]);
    });
    if (!ones.length || !spans.length || ones.length * spans.length > MAX_RUN_BLOCKS) return [];
    var scored = [];
    spans.forEach(function (span) {
      var together = sumBags(range(span[0], span[1] + 1).map(bagsMany));
      ones.forEach(function (i) {
        var r = similarity(together, bagsOne(i));
        if (r >= SECTION_CUTOFF) scored.push([r, span[0], span[1], i]);
      });
    });
    scored.sort(function (x, y) { return y[0] - x[0] || x[1] - y[1] || x[2] - y[2] || x[3] - y[3]; });
    var out = [], done = new Set(), used = new Set();  // (of `ones`, of `free`)
    scored.forEach(function (c) {
      var members = range(c[1], c[2] + 1);
      if (done.has(c[3]) || members.some(function (k) { return used.has(k); })) return;
      done.add(c[3]);
      members.forEach(function (k) { used.add(k); });
      var best = null, most = -1;
      members.forEach(function (k) { var n = shared(bagsMany(k), bagsOne(c[3])); if (n > most) { most = n; best = k; } });
      out.push([c[3], best]);
    });
    return out;
  }

  /* --- the redline --------------------------------------------------------------------------- */

  // heading_numbers.SECTION_NUMBER: a section's identity that is a number, with the Latin word of an article inserted
  // after it ("2bis" for `Article 2 bis`, `Article 2a`, `第2条の2`)
  var NUMBERED = /^(\d+(?:\.\d+)*)(bis|ter|quater|quinquies|sexies|septies|octies|novies|decies|undecies|duodecies|terdecies|quaterdecies|quinquiesdecies|sexiesdecies|septiesdecies|octiesdecies|noviesdecies|vicies)?$/;

  // document.anchor_for: "7.3.2" is s7-3-2, "2bis" s2-bis; an id or a slug is its own anchor
  function anchorFor(number) {
    var m = number ? NUMBERED.exec(number) : null;
    return !number ? "" : m ? "s" + m[1].replace(/\./g, "-") + (m[2] ? "-" + m[2] : "") : number;
  }
  function sectionChange(kind, o, n, titleOps, blocks) {
    return { kind: kind, oldNumber: o ? o.number : null, newNumber: n ? n.number : null,
             oldTitle: o ? o.title : "", newTitle: n ? n.title : "", titleOps: titleOps, blocks: blocks,
             oldLine: o ? o.line || 0 : 0, newLine: n ? n.line || 0 : 0,
             oldMark: o ? o.mark || "" : "", newMark: n ? n.mark || "" : "", numberingOps: [], partner: null,
             linkOps: [], oldId: o ? o.id || "" : "", newId: n ? n.id || "" : "",  // (export.py's `id`: its page's)
             oldLangs: o ? o.langs || [] : [], newLangs: n ? n.langs || [] : [] };  // (its title's parts: `parts`)
  }
  // engine.numbering_ops: a heading's number written otherwise ("1." become "I."), the number the same; either side
  // without `numbering` (a policy.json written before the field) is not compared
  function numberingOps(o, n, title) {
    if (!o || !n) return [];
    var ops = wordOps(o, n);
    if (ops.every(function (op) { return op[0] === EQUAL; })) return [];
    if (title) push(ops, EQUAL, " " + title);
    return ops;
  }
  function isDisplayed(s) { return s.kind !== "unchanged" || s.numberingOps.length > 0; }  // SectionChange.displayed
  // model.BlockChange.shown_ops: a block moved here, its words from where it was less those deleted on the way (shown
  // where it was, as Word's move deletes them); words moved within a block, its edits inside them
  function shownOps(b) {
    if (b.moved === "from" || remade(b)) return b.movedOps.filter(function (op) { return op[0] !== DELETE; });
    return b.movedWithin && b.movedOps ? b.movedOps : b.ops;
  }
  // model.BlockChange.remade: a row of a table a list became (or an item of a list a table became), its words marked
  // against the item (row) it was made of (rowsFromItems, itemsFromRows)
  function remade(b) { return b.kind === "added" && !b.moved && !!b.movedOps && b.movedOps.length > 0; }
  // model.BlockChange.shown_cells: a row moved here (or made of an item), its cells from where it was less the words
  // deleted on the way
  function shownCells(b) {
    if (b.moved !== "from" && !remade(b) || !b.movedCells) return b.cells;
    return b.movedCells.map(function (cell) { return cell.filter(function (op) { return op[0] !== DELETE; }); });
  }
  function isChanged(s) {
    return s.titleOps.length > 0 || s.linkOps.length > 0 || s.blocks.some(function (b) { return b.kind !== "unchanged"; });
  }
  function numberOf(s) { return s.newNumber !== null ? s.newNumber : s.oldNumber || ""; }
  // document.label_of: how a section's identity reads before its title, "§7.3" for a number ("§2 bis"), nothing
  // for a slug; its heading's mark where it has one ("§2a" for `Article 2a`, "第３条": policy.json's `mark`)
  // `word`: the reader's language's, "§{number}" by default ("第{number}条", "סעיף {number}": the redline's `section`)
  function labelOf(number, mark, word) {
    var said = function (n) { return (word || "\u00a7{number}").split("{number}").join(n); };
    if (mark) return word && word !== "\u00a7{number}" && mark.charAt(0) === "\u00a7" ? said(mark.slice(1)) : mark;
    var m = number ? NUMBERED.exec(number) : null;
    return !m ? "" : said(m[2] ? m[1] + " " + m[2] : number);
  }
  // document.named: "§7.3 Title", "第３条（保存期間）" (a caption in brackets right after its article's mark)
  var OPENING = "(\uff08[\uff3b\u3010\u3014\u300c\u300e\u3008\u300a";
  function named(number, title, mark, word) {
    var label = labelOf(number, mark, word);
    var closed = mark && mark.charAt(0) !== "\u00a7" || label.slice(-1) > "\u2e80";  // 第2条（…）
    // an enumeration's mark ("一、", "１．") closes on its own: document.ENUMERATION_ENDS
    var joined = closed && title && OPENING.indexOf(title.charAt(0)) !== -1 || "\u3001\uff0e".indexOf(label.slice(-1)) !== -1;
    var joint = joined && label ? "" : " ";
    return (label + joint + title).trim();
  }

  /* engine.py's cuts: where a block's superscripts begin and end in its text (policy.json's `sup`, format 8, in code
     points), in UTF-16 units, sorted, each inside the text */
  function cutsOf(b) {
    if (!b.sup || !b.sup.length || b.kind === "code") return [];
    var at = [0], found = new Set();  // at[n]: UTF-16 index of code point n
    for (var ch of b.text) at.push(at[at.length - 1] + ch.length);
    b.sup.forEach(function (pair) {
      pair.forEach(function (n) { if (n > 0 && n < at.length - 1) found.add(at[n]); });
    });
    return Array.from(found).sort(function (x, y) { return x - y; });
  }
  function cellCuts(b, k) {  // engine.py's cell_cuts: a row's cell's cuts, from its start
    if (!b || k === null || !b.cuts.length || k >= b.cells.length) return [];
    var start = 0;
    for (var n = 0; n < k; n++) start += b.cells[n].length + 3;
    return b.cuts.filter(function (at) { return start < at && at < start + b.cells[k].length; })
      .map(function (at) { return at - start; });
  }

  // sup: a block's HTML links read (both versions of format 8 at least); cut: its superscripts (both known: format 8,
  // or read from an earlier format's page, pageSup)
  function policy(doc, sup, cut, pics) {
    var tips = doc.format >= 6;  // a block's `tips` written, where it has some (export.py)
    function langsOf(parts) {  // export.py's `parts`: its words in another language ([start, end, language], code points)
      return Array.isArray(parts) ? parts.filter(function (p) {
        return Array.isArray(p) && p[1] > p[0] && typeof p[2] === "string" && LANGUAGE.test(p[2]);
      }) : [];
    }
    function block(b) {
      // its inline HTML's links (policy.json's `hrefs`) after its Markdown's, as engine.py's _shown, where both know
      return { kind: b.kind, text: b.text, depth: b.depth || 0, number: b.number || 0,
               links: (b.links || []).concat(sup && b.hrefs ? b.hrefs : []),
               strong: b.strong || [], cuts: cut ? cutsOf(b) : [],
               ups: cut && b.sup && b.kind !== "code" ? b.sup.filter(function (p) { return p[1] > p[0]; }) : [],
               langs: b.kind !== "code" ? langsOf(b.parts) : [],
               cells: b.cells || (b.kind === "row" ? b.text.split(" | ") : []), line: b.line, md: b.md || null,
               tips: tips ? b.tips || [] : null, images: pics ? b.images || [] : null };
    }
    return { title: doc.title || "", titleLine: doc.title_line || 0, lang: doc.lang, date: doc.date,
             titleLangs: langsOf(doc.title_parts),  // export.py's `title_parts`: its `# ` title's, as a section's
             preamble: headers((doc.preamble || []).map(block)),
             sections: doc.sections.map(function (s) {
               // export._numeral: given where the identity does not say it (a slug, an id of its own)
               var numeral = typeof s.numeral === "string" ? s.numeral : NUMBERED.test(s.number) ? s.number : "";
               return { number: s.number, title: s.title, line: s.line || 0, level: s.level,
                        // engine.py's _mark: an identity that is no number named by its heading's number (§2)
                        mark: s.mark || (numeral && !NUMBERED.test(s.number) ? labelOf(numeral) : ""),
                        numbering: typeof s.numbering === "string" ? s.numbering : "",
                        links: sup && s.links ? s.links : [],  // export.py's: its heading's, where both know them
                        numeral: numeral, blocks: headers(s.blocks.map(block)), langs: langsOf(s.parts),
                        id: typeof s.id === "string" ? s.id : "" };  // export.py's: its page's id, where not s3
             }) };
  }

  /* engine.py's joined: sections merged into the kept section next to them (old index -> new index holding their
     text) and split off one (new index -> old index of the section they were cut from). */
  function textBag(s) { return bag(words(s.blocks.map(function (b) { return b.text; }).join("\n"))); }
  function movedTo(section, count, at, kept, sides) {
    var want = textBag(section);
    if (!want.total) return null;
    var before = null, after = null, k;
    for (k = at - 1; k >= 0; k--) if (kept.has(k)) { before = k; break; }
    for (k = at + 1; k < count; k++) if (kept.has(k)) { after = k; break; }
    var found = null;
    [before, after].some(function (k) {
      if (k === null) return false;
      var pair = sides(k), here = textBag(pair[0]).counts, there = textBag(pair[1]).counts, common = 0;
      want.counts.forEach(function (n, w) { common += Math.min(n, Math.max(0, (there.get(w) || 0) - (here.get(w) || 0))); });
      if (common >= CONTAINED * want.total) { found = k; return true; }
      return false;
    });
    return found;
  }
  function joined(olds, news, pairs) {
    var merged = new Map(), split = new Map(), back = new Map();
    pairs.forEach(function (j, i) { back.set(j, i); });
    olds.forEach(function (o, i) {
      if (pairs.has(i)) return;
      var k = movedTo(o, olds.length, i, pairs, function (k) { return [olds[k], news[pairs.get(k)]]; });
      if (k !== null) merged.set(i, pairs.get(k));
    });
    news.forEach(function (n, j) {
      if (back.has(j)) return;
      var k = movedTo(n, news.length, j, back, function (k) { return [news[k], olds[back.get(k)]]; });
      if (k !== null) split.set(j, back.get(k));
    });
    return { merged: merged, split: split };
  }
  function partner(s) { return [s.number, s.title, s.mark || ""]; }

  // engine.py's moves: a block removed in one place and added in another with the same or nearly the same words
  var MOVED_CUTOFF = 0.8, MOVED_WORDS = 4;
  function moves(sections) {
    var sides = { removed: [], added: [] };
    sections.forEach(function (s, k) {
      s.blocks.forEach(function (b, n) {
        var side = b.kind === "removed" ? b.old : b["new"];
        if (!sides[b.kind] || (b["new"] || b.old).kind === "row" || !side) return;
        var found = words(side.text);
        if (found.length >= MOVED_WORDS) sides[b.kind].push([k, n, found]);
      });
    });
    var gone = sides.removed, came = sides.added;
    if (!gone.length || !came.length) return;
    var search = gone.length * came.length <= MAX_RUN_BLOCKS, scored = [];
    gone.forEach(function (g, a) {
      came.forEach(function (c, b) {
        var alike = same(g[2], c[2]);
        if (!alike && !search) return;
        var score = movedScore(g[2], c[2], alike);
        if (score >= MOVED_CUTOFF) scored.push([score, a, b]);
      });
    });
    scored.sort(function (x, y) { return y[0] - x[0] || x[1] - y[1] || x[2] - y[2]; });
    var usedA = {}, usedB = {};
    scored.forEach(function (found) {
      var a = found[1], b = found[2];
      if (usedA[a] || usedB[b]) return;
      usedA[a] = usedB[b] = true;
      var k = gone[a][0], n = gone[a][1], m = came[b][0], q = came[b][1];
      var source = sections[k].blocks[n], target = sections[m].blocks[q], here = k === m, up = here && q < n;
      sections[k].blocks[n] = Object.assign({}, source, { moved: "to", movedWith: here ? null : named3(sections[m]),
                                                           movedUp: up });
      sections[m].blocks[q] = Object.assign({}, target, { moved: "from", movedWith: here ? null : named3(sections[k]),
                                                           movedUp: up, movedOps: wordOps(source.old.text, target["new"].text, null,
                                                                            [source.old.cuts, target["new"].cuts]) });
    });
  }
  // engine.py's moved_rows: a table's rows removed in one place of it and added in another, their cells the same in
  // every column both versions have (`keys`); then those moved and edited on the way (editedRowsMoved)
  function movedRows(rows, keys, columns) {
    var out = rows.slice(), came = {};
    out.forEach(function (b, q) {
      var key = keys[q];
      if (b.kind !== "added" || !key || !b["new"] || b["new"].header || !wordy(key)) return;
      (came[JSON.stringify(key)] = came[JSON.stringify(key)] || []).push(q);
    });
    out.forEach(function (b, n) {
      var key = keys[n];
      if (b.kind !== "removed" || !key || !b.old || b.old.header) return;
      var places = came[JSON.stringify(key)];
      if (!places || !places.length) return;
      var q = places.shift();
      rowMoved(out, n, q, columns);
    });
    editedRowsMoved(out, keys, columns);
    return out;
  }
  function blank(text) { return /^[\s\p{Cf}]*$/u.test(text); }  // strings.py's blank
  function wordy(key) { return !key.every(blank); }  // a row of words
  function rowMoved(out, n, q, columns) {  // engine.py's _row_moved
    var b = out[n], target = out[q], up = q < n;
    out[n] = Object.assign({}, b, { moved: "to", movedWith: null, movedUp: up });
    out[q] = Object.assign({}, target, { moved: "from", movedWith: null, movedUp: up,
      movedOps: wordOps(b.old.text, target["new"].text, null, [b.old.cuts, target["new"].cuts]),
      movedCells: rowChange(b.old, target["new"], columns).cells });
  }
  // engine.py's _edited_rows_moved: the rows left removed and added that are one row moved and edited on the way
  function editedRowsMoved(rows, keys, columns) {
    function side(kind) {
      var out = [];
      rows.forEach(function (b, k) {
        var key = keys[k], own = kind === "removed" ? b.old : b["new"];
        if (b.kind === kind && !b.moved && key && own && !(b.old || b["new"]).header && wordy(key)) out.push(k);
      });
      return out;
    }
    var gone = side("removed"), came = side("added");
    if (!gone.length || !came.length || gone.length * came.length > MAX_RUN_BLOCKS) return;
    var scored = [];
    gone.forEach(function (n) {
      came.forEach(function (q) {
        var score = rowScore(keys[n], keys[q]);
        if (score > 0) scored.push([score, n, q]);
      });
    });
    scored.sort(function (x, y) { return y[0] - x[0] || x[1] - y[1] || x[2] - y[2]; });
    var done = {};
    scored.forEach(function (found) {
      var n = found[1], q = found[2];
      if (done[n] || done[q]) return;
      done[n] = done[q] = true;
      rowMoved(rows, n, q, columns);
    });
  }
  function rowScore(old, neu) {  // engine.py's _row_score
    var a = words(old.join(" ")), b = words(neu.join(" "));
    var score = movedScore(a, b, same(a, b));
    if (score >= MOVED_CUTOFF) return score;
    var names = [old, neu].map(function (key) {
      var cell = key.filter(function (c) { return !blank(c); })[0];
      return cell === undefined ? "" : plain(cell);
    });
    if (names[0] !== names[1]) return 0.0;
    var alike = similar(a, b);
    return alike >= BLOCK_CUTOFF ? alike : 0.0;
  }
  function movedScore(old, neu, alike) {  // engine.py's _moved_score
    if (alike) return 1.0;
    var matcher = new Matcher(old, neu);
    if (old.length * neu.length > MAX_PAIRS || matcher.quickRatio() < MOVED_CUTOFF) return 0.0;
    var size = 0;
    matcher.getMatchingBlocks().forEach(function (m) { size += m[2]; });
    return ratio(size, old.length + neu.length);
  }
  function named3(s) {  // engine.py's _named: a section change's number, title and mark as the redline names it
    return s.newNumber !== null ? [s.newNumber, s.newTitle, s.newMark] : [s.oldNumber || "", s.oldTitle, s.oldMark];
  }

  /* An export's superscripts known: said by its format (8), or read from its version's page (pageSup). */
  function knowsSup(doc) { return doc.format >= 8 || doc.supRead === true; }
  /* Its parts in another language (`parts`) known: said by its format (11: written since reader29, a format 10 export
     may have been written before them), or read from its page (pageSup). */
  function knowsParts(doc) { return doc.format >= 11 || doc.partsRead === true; }
  /* Its title's parts (`title_parts`) known: said by its format (12; reader31), or read from its page's <h1>. */
  function knowsTitleParts(doc) { return doc.format >= 12 || doc.titlePartsRead === true; }

  /* A policy.json of a format before 8, which says no `sup`, with each block's superscripts read from the page of its
     version (`root`: the element holding its text, as the browser parsed the page), where every block of the export is
     found there, in order, its words the same: a copy with each block's `sup` (in code points, as export.py writes
     it) and `supRead`; else null (its words compared uncut, as before). A block is a paragraph (<p>), a list item
     (<li>, less the lists in it) or a table's row (<tr>, its cells' words joined by " | "); a code or HTML block has
     none. Against it, a version of format 8 cuts its words where `policy diff`, which reads both texts, cuts them. */
  function pageSup(doc, root) {
    var found = [], sups = !knowsSup(doc), parts = !knowsParts(doc), headings = [];
    (function walk(node) {
      if (node.nodeType !== 1) return;
      var name = node.nodeName.toUpperCase();
      if (name === "P" || name === "LI" || name === "TR") found.push(ownText(node, name));
      if (/^H[1-6]$/.test(name)) headings.push({ level: +name.charAt(1), read: ownText(node, name) });
      for (var k = 0; k < node.childNodes.length; k++) walk(node.childNodes[k]);
    })(root);
    // A heading's parts in another language, placed in the `title` it ends with (its number and permanent link's
    // "¶" before and after it: document.title_parts), [start, end, language] in code points; none where the heading
    // does not show that title whole (never a part put on other words than the page marks).
    var next = 0;
    function titleParts(title, level) {
      for (var k = next; k < headings.length; k++) {
        if (headings[k].level !== level) continue;
        var read = headings[k].read, shown = read.text.replace(/\s+$/, ""), at = title ? shown.lastIndexOf(title) : -1;
        if (at < 0 || at + title.length !== shown.length) continue;
        next = k + 1;
        return read.langs.filter(function (p) { return p[0] < at + title.length && p[1] > at; }).map(function (p) {
          var a = Math.max(p[0], at) - at, z = Math.min(p[1], at + title.length) - at;
          return [Array.from(title.slice(0, a)).length, Array.from(title.slice(0, z)).length, p[2]];
        }).filter(function (p) { return p[1] > p[0]; });
      }
      return [];
    }
    var at = 0, ok = true;
    function blocks(list) {
      return (list || []).map(function (b) {
        if (!ok || b.kind === "code" || b.kind === "html") return b;
        var want = norm(b.text), from = at, sup = null, langs = null;
        while (at < found.length && norm(found[at].text) !== want) at++;
        if (at < found.length) {
          var page = found[at++], same = function (range) {
            return range.slice(0, 2).map(function (edge, end) { return samePlace(page.text, b.text, edge, end === 1); })
              .concat(range.slice(2));
          };
          sup = page.sup.map(same);
          langs = page.langs.map(same);
        } else {  // its words not all the page's: the element after the last found whose words are nearly its own
          at = from;
          for (var k = from; k < Math.min(found.length, from + NEAR_AHEAD) && sup === null; k++) {
            sup = nearSup(found[k], b.text);
            if (sup !== null) {
              at = k + 1;
              langs = nearSup(found[k], b.text, found[k].langs);  // (none where one is not read: never a wrong one)
            }
          }
          if (sup === null) { ok = false; return b; }
        }
        function points(range) {
          return range.slice(0, 2).map(function (edge) { return Array.from(b.text.slice(0, edge)).length; })
            .concat(range.slice(2));
        }
        sup = sup.map(points);
        langs = (langs || []).map(points).filter(function (p) { return p[1] > p[0]; });
        var read = {};
        if (sups && sup.length) read.sup = sup;
        if (parts && langs.length && b.kind !== "code") read.parts = langs;
        return Object.assign({}, b, read);
      });
    }
    var copy = Object.assign({}, doc, { preamble: blocks(doc.preamble), supRead: true, partsRead: true,
                                        titlePartsRead: true });
    var title = doc.title_line ? titleParts(doc.title || "", 1) : [];  // the page's <h1> (its sections' after it)
    if (!knowsTitleParts(doc) && title.length) copy.title_parts = title;
    copy.sections = (doc.sections || []).map(function (s) {
      var read = { blocks: blocks(s.blocks) }, said = parts ? titleParts(s.title || "", s.level || 2) : [];
      if (said.length) read.parts = said;
      return Object.assign({}, s, read);
    });
    return ok ? copy : null;
  }
  /* raised.py's raised: `ops` of a block's `old` to its `new` (their texts, or their cells `cells`, each side's index)
     cut into [tag, text, raised] as the page draws them, its superscripts (`ups`, policy.json's `sup`, in code points)
     raised: the kept and inserted words the new text's, the deleted the old's, matched by their characters other than
     spaces; a side the ops do not spell drawn on the line. raised.py's parted: the same, cut where a part in another
     language (`langs`, policy.json's `parts`) begins or ends too, [tag, text, raised, language] ("" outside them). */
  function inCell(b, cell, spans) {  // `spans` ([start, end, …] in code points of a row's text) of its cell `cell`
    var start = 0;
    for (var n = 0; n < cell; n++) start += Array.from(b.cells[n]).length + 3;
    var end = start + Array.from(b.cells[cell]).length;
    return spans.filter(function (p) { return p[0] < end && p[1] > start; })
      .map(function (p) { return [Math.max(p[0], start) - start, Math.min(p[1], end) - start].concat(p.slice(2)); });
  }
  function styleLetters(b, cell, parts) {  // each character not a space: "" on the line, else "up|lang"
    if (!b) return null;
    var text = b.text, ups = b.ups || [], langs = parts ? b.langs || [] : [];
    if (!ups.length && !langs.length) return null;
    if (cell !== null && cell !== undefined) {
      if (cell >= b.cells.length) return null;
      text = b.cells[cell];
      ups = inCell(b, cell, ups);
      langs = inCell(b, cell, langs);
      if (!ups.length && !langs.length) return null;
    }
    var chars = Array.from(text), up = chars.map(function () { return false; }), said = chars.map(function () { return ""; });
    var out = [];
    ups.forEach(function (p) { for (var k = p[0]; k < Math.min(p[1], up.length); k++) up[k] = true; });
    langs.slice().sort(function (x, y) { return x[0] - y[0] || y[1] - x[1]; })  // an inner part after its outer one
      .forEach(function (p) { for (var k = p[0]; k < Math.min(p[1], said.length); k++) said[k] = p[2]; });
    Array.from(fold(text)).forEach(function (c, k) {
      if (!SPACE.test(c)) out.push(up[k] || said[k] ? (up[k] ? "1" : "0") + "|" + said[k] : "");
    });
    return out;
  }
  function styled(ops, old, neu, cells, parts) {
    cells = cells || [null, null];
    var sides = {}, at = {}, out = [];
    sides[DELETE] = styleLetters(old, cells[0], parts);
    sides[INSERT] = styleLetters(neu, cells[1], parts);
    at[DELETE] = at[INSERT] = 0;
    if (!sides[DELETE] && !sides[INSERT]) return ops.map(function (op) { return [op[0], op[1], ""]; });
    ops.forEach(function (op) {
      var tag = op[0], side = tag === DELETE ? DELETE : INSERT, flags = sides[side];
      var chars = Array.from(op[1]), folded = Array.from(fold(op[1])), start = 0, current = "", end = 0;
      folded.forEach(function (c, k) {
        if (SPACE.test(c)) return;
        var style = flags && at[side] < flags.length ? flags[at[side]] : "";
        at[side]++;
        if (style !== current && k > start) {
          var cut = current ? end : k;  // the spaces after a raised stretch or a part outside it
          out.push([tag, chars.slice(start, cut).join(""), current]);
          start = cut;
        }
        current = style;
        end = k + 1;
      });
      if (start < chars.length) out.push([tag, chars.slice(start).join(""), current]);
      if (tag === EQUAL) folded.forEach(function (c) { if (!SPACE.test(c)) at[DELETE]++; });
    });
    return out.map(function (p) {
      var side = p[0] === DELETE ? DELETE : INSERT, wrong = sides[side] && at[side] !== sides[side].length;
      return [p[0], p[1], wrong ? "" : p[2]];
    });
  }
  function raised(ops, old, neu, cells) {
    return styled(ops, old, neu, cells, false).map(function (p) { return [p[0], p[1], p[2].charAt(0) === "1"]; });
  }
  function parted(ops, old, neu, cells) {
    return styled(ops, old, neu, cells, true).map(function (p) {
      return [p[0], p[1], p[2].charAt(0) === "1", p[2] ? p[2].slice(2) : ""];
    });
  }
  // raised.py's title_parted: a section's title ops (`ops`, else its titleOps) cut where a part its heading marks in
  // another language (policy.json's section `parts`) begins or ends, [tag, text, false, language]
  function titleParted(s, ops) {
    return parted(ops || s.titleOps, { text: s.oldTitle, langs: s.oldLangs || [] },
                  { text: s.newTitle, langs: s.newLangs || [] });
  }

  // A block whose words its page shows otherwise (a picture's alt its parser read as words, `{ width=10 }` after it; a
  // line broken by a backslash the page shows): found by the next elements of the page (NEAR_AHEAD), one whose words are
  // nearly its words (NEAR of them the same, in order), each of its <sup> read only where it stands in words both have
  // in the same place; null where one does not (never a superscript put on another word than the page draws it on).
  var NEAR = 0.75, NEAR_AHEAD = 4, PAGE_WORD = new RegExp("[^" + WS + "]+", "g");
  function nearSup(page, text, spans) {  // (`spans`: [start, end, …] of the page's text, else its <sup>)
    var ranges = spans || page.sup;
    function pageWords(t) { var out = [], m; PAGE_WORD.lastIndex = 0; while ((m = PAGE_WORD.exec(t))) out.push([m[0], m.index]); return out; }
    var pw = pageWords(page.text), bw = pageWords(text);
    var matcher = new Matcher(pw.map(function (w) { return w[0]; }), bw.map(function (w) { return w[0]; }));
    var blocks = matcher.getMatchingBlocks(), size = 0, where = new Map();
    blocks.forEach(function (m) { size += m[2]; for (var k = 0; k < m[2]; k++) where.set(m[0] + k, m[1] + k); });
    if (ratio(size, pw.length + bw.length) < NEAR) return null;
    function place(edge, end) {  // the word of the page holding this edge, and that word in the block
      for (var i = 0; i < pw.length; i++) {
        var start = pw[i][1], stop = start + pw[i][0].length;
        if (end ? edge > start && edge <= stop : edge >= start && edge < stop)
          return where.has(i) ? bw[where.get(i)][1] + edge - start : null;
      }
      return null;
    }
    var out = [];
    for (var r = 0; r < ranges.length; r++) {
      var a = place(ranges[r][0], false), z = place(ranges[r][1], true);
      if (ranges[r][1] === ranges[r][0]) continue;  // an empty <sup>: nothing raised
      if (a === null || z === null || z <= a) return null;
      out.push([a, z].concat(ranges[r].slice(2)));
    }
    return out;
  }
  // A block's words on its page, and where each of its <sup> begins and ends in them (UTF-16), and each part marked
  // as written in another language (an element's `lang` in it: [start, end, language])
  function ownText(node, name) {
    var text = "", sup = [], langs = [];
    function walk(n, top) {
      if (n.nodeType === 3) { text += n.data; return; }
      if (n.nodeType !== 1) return;
      var tag = n.nodeName.toUpperCase();
      if (!top && (tag === "UL" || tag === "OL")) return;  // a list in an item: its own items
      if (tag === "A" && n.getAttribute && /(^|\s)headerlink(\s|$)/.test(n.getAttribute("class") || "")) return;  // (¶)
      if (tag === "BR") { text += "\n"; return; }
      if (tag === "IMG") { text += n.getAttribute ? n.getAttribute("alt") || "" : ""; return; }
      var start = text.length;
      for (var k = 0; k < n.childNodes.length; k++) walk(n.childNodes[k], false);
      if (tag === "SUP") sup.push([start, text.length]);
      var code = !top && n.getAttribute ? n.getAttribute("lang") : null;
      if (code && LANGUAGE.test(code) && text.length > start) langs.push([start, text.length, code]);
    }
    if (name === "TR") {
      var cells = [];
      for (var k = 0; k < node.childNodes.length; k++) {
        var cell = node.childNodes[k];
        if (cell.nodeType !== 1 || !/^T[DH]$/i.test(cell.nodeName)) continue;
        if (cells.length) text += " | ";
        var from = text.length;
        walk(cell, true);
        cells.push(text.slice(from));
      }
    } else walk(node, true);
    langs.sort(function (x, y) { return x[0] - y[0] || y[1] - x[1]; });  // (an outer part before the parts in it)
    return { text: text, sup: sup, langs: langs };
  }
  // Where the text `to` has the place `at` of the text `from`, the same words spaced otherwise: as many characters other
  // than spaces before it, and the place right after the last of them where it ends something (`end`), else right
  // before the next
  function samePlace(from, to, at, end) {
    var before = from.slice(0, at).replace(SPACES, "").length, k = 0;
    if (end && !before) return 0;
    for (; k < to.length; k++) {
      if (SPACE.test(to.charAt(k))) continue;
      if (end && before === 1) return k + 1;
      if (!end && !before) return k;
      before--;
    }
    return k;
  }
  var SPACES = new RegExp("[" + WS + "]+", "g");

  /* The redline of two policy.json documents: every section in reading order, and the notes. */
  function diff(oldDoc, newDoc) {
    var sup = oldDoc.format >= 8 && newDoc.format >= 8;  // export.py's `hrefs`, compared where both know them
    var cut = knowsSup(oldDoc) && knowsSup(newDoc);  // export.py's `sup`, likewise
    var pics = oldDoc.format >= 9 && newDoc.format >= 9;  // export.py's `images`, compared where both know them
    var old = policy(oldDoc, sup, cut, pics), neu = policy(newDoc, sup, cut, pics);
    var pairs = matchSections(old.sections, neu.sections), ordered = inOrder(pairs);
    var whitespace = 0, formatting = 0;
    function count(blocks) {
      blocks.forEach(function (b) { if (b.note === "whitespace") whitespace++; else if (b.note === "formatting") formatting++; });
    }
    function titleOps(a, b) {
      if (a !== b && norm(a) === norm(b)) whitespace++;
      else if (norm(a) !== norm(b) && plain(a) === plain(b)) formatting++;  // `L'accès` become `L’accès`
      var ops = plain(a) !== plain(b) ? wordOps(a, b) : [];
      if (ops.length && ops.every(function (op) { return op[0] === EQUAL; })) { formatting++; return []; }  // `Durée :`
      return ops;
    }
    var preambleBlocks = diffBlocks(old.preamble, neu.preamble);
    count(preambleBlocks);
    var preamble = sectionChange("unchanged", { number: "", title: old.title, line: old.titleLine, langs: old.titleLangs },
                                 { number: "", title: neu.title, line: neu.titleLine, langs: neu.titleLangs },
                                 titleOps(old.title, neu.title), preambleBlocks);
    if (isChanged(preamble)) preamble.kind = "changed";
    var placed = [], newToOld = new Map(), both = joined(old.sections, neu.sections, pairs);
    pairs.forEach(function (j, i) { newToOld.set(j, i); });
    neu.sections.forEach(function (n, j) {
      var i = newToOld.get(j), c;
      if (i === undefined) {
        c = sectionChange("added", null, n, [[INSERT, n.title]], diffBlocks([], n.blocks));
        if (both.split.has(j)) { c.kind = "split"; c.partner = partner(neu.sections[pairs.get(both.split.get(j))]); }
      } else {
        var o = old.sections[i], blocks = diffBlocks(o.blocks, n.blocks);
        count(blocks);
        if (o.level !== n.level) formatting++;  // engine.py: its heading made another level (`###` become `##`)
        c = sectionChange("unchanged", o, n, titleOps(o.title, n.title), blocks);
        c.linkOps = same(o.links, n.links) ? [] : wordOps(linkText(o.links), linkText(n.links), targetTokens);
        if (!ordered.has(i)) c.kind = "moved";
        else if (o.numeral !== n.numeral) c.kind = "renumbered";  // numbers as written: a heading renamed without
        // one (its slug another) is changed, not renumbered; a number kept under another identity is not renumbered
        else {
          c.numberingOps = numberingOps(o.numbering, n.numbering, n.title);
          if (isChanged(c)) c.kind = "changed";
        }
      }
      placed.push([[j, 0, 0], c]);
    });
    var lastPaired = -1;
    old.sections.forEach(function (o, i) {
      if (pairs.has(i)) { if (ordered.has(i)) lastPaired = pairs.get(i); return; }
      var c = sectionChange("removed", o, null, [[DELETE, o.title]], diffBlocks(o.blocks, []));
      if (both.merged.has(i)) { c.kind = "merged"; c.partner = partner(neu.sections[both.merged.get(i)]); }
      placed.push([[lastPaired, 1, i], c]);
    });
    placed.sort(function (x, y) { return x[0][0] - y[0][0] || x[0][1] - y[0][1] || x[0][2] - y[0][2]; });
    var sections = [preamble].concat(placed.map(function (p) { return p[1]; }));
    moves(sections);
    return { lang: neu.lang || old.lang, oldDate: old.date || null, newDate: neu.date || null,
             sections: sections,
             notes: { whitespace: whitespace, formatting: formatting } };
  }

  var WHOLE = ["added", "removed", "merged", "split"];  // model.WHOLE: a section on one side only
  function summary(redline) {
    var numbered = redline.sections.filter(function (s) { return numberOf(s); });
    function kind(k) { return numbered.filter(function (s) { return s.kind === k; }); }
    return { changed: numbered.filter(function (s) { return WHOLE.indexOf(s.kind) === -1 && isChanged(s); }),
             added: kind("added"), removed: kind("removed"), renumbered: kind("renumbered"), moved: kind("moved"),
             merged: kind("merged"), split: kind("split") };
  }

  /* The redline as redline.to_json gives it. */
  function toJson(redline) {
    var s = summary(redline);
    // render._lang_ops: pieces of the ops with their language ([tag, text, language]), where one is another language's
    function langOps(data, key, pieces) {
      if (pieces.some(function (p) { return p[3]; })) data[key] = pieces.map(function (p) { return [p[0], p[1], p[3]]; });
    }
    function moves(list) { return list.map(function (c) { return { old: c.oldNumber, "new": c.newNumber }; }); }
    function block(b) {
      var side = b["new"] || b.old;
      var data = { kind: b.kind, block: side.kind, depth: side.depth, old_line: b.old ? b.old.line : null,
                   new_line: b["new"] ? b["new"].line : null, ops: b.ops, link_ops: b.linkOps };
      if (b.tipOps.length) data.tip_ops = b.tipOps;  // as redline.to_json
      langOps(data, "lang_ops", parted(b.ops, b.old, b["new"]));
      if (b.moved) {  // a block moved, as redline.to_json
        data.moved = b.moved; data.moved_with = b.movedWith ? b.movedWith[0] : null; data.moved_up = b.movedUp;
        if (b.moved === "from") data.moved_ops = b.movedOps;
      }
      if (b.joined) data.joined = b.joined;
      if (b.joinedCount) data.joined_count = b.joinedCount;
      if (b.joinedOf) data.joined_of = b.joinedOf;
      if (b.movedWithin) data.moved_within = true;
      if (b.movedWithin && b.movedOps) data.moved_ops = b.movedOps;
      if (b.images && b.images.length) data.images = b.images;  // its images replaced, as redline.to_json
      if (b.fromList) data.from_list = true;  // a table's header row: a list made it (made_tables)
      if (b.fromTable) data.from_table = true;  // a list's last item: a table made it (made_tables)
      if (remade(b)) data.moved_ops = b.movedOps;  // a block another kind's block made: its words from it
      // a row moved here, its cells from where it was; a row of a table a list became, its cells from its item
      if (b.movedCells) data.moved_cells = b.movedCells;
      if (b.movedColumns && b.movedColumns.length) data.moved_columns = b.movedColumns;  // a table's columns moved  // words moved within it  // two paragraphs merged into it, or one split into it and the next
      if (b.table) { data.table = b.table; data.cells = b.cells; }  // a table's row, as redline.to_json
      return data;
    }
    var counts = { changed: s.changed.length, added: s.added.length, removed: s.removed.length,
                   renumbered: s.renumbered.length, moved: s.moved.length }, joins = {};
    // only where there are some, as redline.to_json
    [["merged", "into"], ["split", "from"]].forEach(function (k) {
      if (!s[k[0]].length) return;
      counts[k[0]] = s[k[0]].length;
      joins[k[0]] = s[k[0]].map(function (c) { var d = { number: numberOf(c) }; d[k[1]] = c.partner[0]; return d; });
    });
    var data = {
      lang: redline.lang, old_date: redline.oldDate, new_date: redline.newDate, old_edited: false, new_edited: false,
      summary: {
        counts: counts,
        changed: s.changed.map(numberOf), added: s.added.map(numberOf), removed: s.removed.map(numberOf),
        renumbered: moves(s.renumbered), moved: moves(s.moved)
      },
      notes: redline.notes,
      sections: redline.sections.filter(isDisplayed).map(function (c) {
        var data = { kind: c.kind, changed: isChanged(c), old_number: c.oldNumber, new_number: c.newNumber,
                 old_anchor: anchorFor(c.oldNumber), new_anchor: anchorFor(c.newNumber), old_title: c.oldTitle,
                 new_title: c.newTitle, old_line: c.oldLine, new_line: c.newLine, old_mark: c.oldMark,
                 new_mark: c.newMark, title_ops: c.titleOps,
                 blocks: c.blocks.filter(function (b) {  // (a header row whose columns moved too: redline.to_json)
                   return b.kind !== "unchanged" || (b.movedColumns && b.movedColumns.length);
                 }).map(block) };
        if (c.numberingOps.length) data.numbering_ops = c.numberingOps;
        langOps(data, "title_lang_ops", titleParted(c));
        if (c.linkOps.length) data.link_ops = c.linkOps;
        if (c.partner) data.partner = { number: c.partner[0], title: c.partner[1], mark: c.partner[2] };
        return data;
      })
    };
    Object.keys(joins).forEach(function (k) { data.summary[k] = joins[k]; });
    return data;
  }

  return { diff: diff, toJson: toJson, shownOps: shownOps, shownCells: shownCells, pageSup: pageSup, knowsSup: knowsSup, knowsParts: knowsParts, knowsTitleParts: knowsTitleParts, raised: raised, parted: parted, titleParted: titleParted, summary: summary, isChanged: isChanged, isDisplayed: isDisplayed,
           numberOf: numberOf, labelOf: labelOf,
           named: named,
           anchorFor: anchorFor, wordOps: wordOps, norm: norm, segments: segments, EQUAL: EQUAL, DELETE: DELETE, INSERT: INSERT };
});
