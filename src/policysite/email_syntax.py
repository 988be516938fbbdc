"""E-mail addresses the page shows or links to (`mailto:`) that no mail can be sent to: `dpo@example..com`,
`dpo@example`, `dpo@@example.com`, a `mailto:` with a space. The spelling check only named their pieces as unknown
words (legal20), and a reader exercising a right wrote to no one. The syntax is email-validator's (RFC 5321/5322 as
mail servers take them, internationalised domains included), its network check left off: the check runs offline."""
from __future__ import annotations

import re
import unicodedata
from urllib.parse import unquote

from selectolax.lexbor import LexborHTMLParser

from policysite import page_text
from policysite.messages import Said

RULE = "editorial.email-malformed"
# A run of the text holding an `@`, up to what ends an address in prose (a space, a bracket, a quote; and the
# full-width and Arabic punctuation Chinese, Japanese, Korean and Arabic prose writes right against it, no space
# between: `privacy@example.com，我们…`, `メール：privacy@example.com。`: adopt48, an address so written was "malformed"
# and refused the build).
_STOPS = "\\s<>()\\[\\]{}«»\"“”‘’,;，。；：！？、（）「」『』【】《》〈〉～・،؛؟"
_WRITTEN = re.compile(f"[^{_STOPS}]*@[^{_STOPS}]*")
# Ideographs, kana and hangul: an address in Latin letters ends where the sentence's words in them start
# (`privacy@example.com联系我们`), an internationalised one written in them kept whole.
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff]")
_LATIN_ADDRESS = re.compile(r"[\x21-\x7e]+@[\x21-\x7e]+")
_LOCAL = re.compile(r"[\w.!#$%&'*+/=?^`|~-]+")  # (before the `@`: what makes it an address, not "@handle")
_QUOTED = 80


def valid(address: str) -> bool:
    """Whether mail can be sent to `address` as written (syntax only: no DNS asked)."""
    from email_validator import EmailNotValidError, validate_email

    try:
        validate_email(address, check_deliverability=False, test_environment=True)
    except EmailNotValidError:
        return False
    return True


def written(text: str) -> list[str]:
    """The addresses `text` writes (a run holding an `@` after a local part), the sentence's punctuation after them
    left out."""
    found = []
    for match in _WRITTEN.finditer(text):
        run = match.group()
        if _CJK.search(run) and (latin := _LATIN_ADDRESS.search(run)):
            run = latin.group()  # (an address in Latin letters among words in ideographs, kana or hangul)
        run = _sentence_end_off(run)
        local = run.split("@", 1)[0]
        if local and _LOCAL.fullmatch(local):
            found.append(run)
    return found


def _sentence_end_off(run: str) -> str:
    """`run` without the sentence's punctuation ending it: the marks Unicode calls other punctuation (`.`, `:`, `!`,
    `?`, `'`, and the full stops of scripts whose sentences end right against their last word: Devanagari's danda `।`
    and `॥`, Urdu's `۔`, Armenian's `։`, Ethiopic's `።`; `ईमेल privacy@example.com।`, a Hindi sentence's end, was
    "malformed": safety96). No domain ends with one."""
    end = len(run)
    while end and unicodedata.category(run[end - 1]) == "Po" and run[end - 1] != "@":
        end -= 1
    return run[:end]


def linked(href: str) -> list[str]:
    """The addresses a `mailto:` link writes to (before its `?`, each of a comma-separated list), decoded."""
    if not href[:7].lower() == "mailto:":
        return []
    return [address.strip() for address in unquote(href[7:].split("?", 1)[0]).split(",") if address.strip()]


def findings(body: str, tree: LexborHTMLParser) -> list[tuple[int, Said]]:
    """(line, message) for each address the rendered page (`tree`, of the Markdown `body`) shows or links to that
    mail cannot be sent to, once each."""
    candidates = [*(address for text in page_text.prose(tree) for address in written(text)),
                  *(address for link in tree.css("a[href]") for address in linked(str(link.attributes.get("href"))))]
    found: list[tuple[int, Said]] = []
    for address in dict.fromkeys(candidates):
        # (template code, `{{ site.email }}`, is editorial.template's: the page shows the code, no address)
        if "{" not in address and "}" not in address and not valid(address):
            local, _, domain = address.partition("@")
            line = page_text.line_of(body, [address, address.replace(" ", "%20"), f"{local}@", domain])
            found.append((line, Said(RULE, address=address[:_QUOTED])))
    return sorted(found, key=lambda item: item[0])
