"""The consent banners and cookie-settings widgets a saved page holds: a consent manager's words, not the policy's.

A page saved once its scripts ran ("Save Page As", a crawler, a web archive) keeps the banner a consent manager drew
("This website stores cookies on your computer…", "We use cookies to personalise content and ads", Accept,
Decline). Where the page marks no main content, or the banner sits inside it, its words would be published as the
policy's last paragraphs. Found by the roots the common managers give their banners, and by any dialog that says
it is about cookies or consent.
"""
from __future__ import annotations

import re

from selectolax.lexbor import LexborHTMLParser, LexborNode

# The banners', preference centres' and floating buttons' roots of consent managers and site builders.
ROOTS = ", ".join((
    "#onetrust-consent-sdk", "#CybotCookiebotDialog", "#CookiebotWidget", "#usercentrics-root", "#didomi-host",
    "#tarteaucitronRoot", "#cookie-law-info-bar", "#cliSettingsPopup", "#cmplz-cookiebanner-container",
    "#cmplz-manage-consent", "#cmplz-manage-consent-container", ".cc-window", ".cc-revoke",
    # Cookiebot's declaration: the panel of the visitor's own consent (their state, consent ID and date, "Change your
    # consent"), which a page saved once its scripts ran holds as the saver's (adoption hunt 26)
    "#CookieDeclarationUserStatusPanel",
    ".cmplz_consent_per_service_label",  # Complianz's switch of consent to one service, in its cookie list
    "#hs-eu-cookie-confirmation",  # HubSpot
    ".osano-cm-window", ".osano-cm-widget", ".osano-cm-dialog",  # Osano
    ".cky-consent-container", ".cky-modal", ".cky-btn-revisit-wrapper",  # CookieYes
    "#cookie-notice",  # Cookie Notice (WordPress)
    "#iubenda-cs-banner", ".iubenda-tp-btn",  # iubenda
    "#termly-code-snippet-support",  # Termly
    "#qc-cmp2-container", ".qc-cmp2-persistent-link",  # Quantcast Choice
    "#truste-consent-track", "#consent_blackbar", "#teconsent",  # TrustArc
    ".klaro", "#axeptio_overlay", "#BorlabsCookieBox", "#cookiescript_injected", "#cookiescript_injected_wrapper",
    "#moove_gdpr_cookie_info_bar", "#moove_gdpr_cookie_modal", "#shopify-pc__banner", "#shopify-pc__prefs",
    ".sqs-cookie-banner-v2", "#ccc", "#ccc-icon", ".cookiefirst-root", "#lanyard_root",
    # Finsweet's Cookie Consent for Webflow (its attributes, `fs-cc="banner"`) and its successor, Consent Pro
    "[fs-cc=banner]", "[fs-cc=manager]", "[fs-cc=preferences]", ".fs-consent_component", "[fs-consent-element=banner]",
    "[fs-consent-element=manager]", "[fs-consent-element=preferences]",
))
_DIALOG = "[role=dialog], [role=alertdialog], [aria-modal=true]"
_ABOUT_CONSENT = re.compile(r"cookie|consent|gdpr|privacy[-_ ]?(?:banner|settings|preferences)|\bcmp", re.I)


def banners(tree: LexborHTMLParser) -> list[LexborNode]:
    """The page's consent banners: by their managers' roots, and any dialog whose id, class or label names cookies
    or consent (a policy's own sections are no dialogs)."""
    found = tree.css(ROOTS)
    for node in tree.css(_DIALOG):
        said = " ".join(node.attributes.get(name) or "" for name in ("id", "class", "aria-label", "aria-labelledby"))
        if _ABOUT_CONSENT.search(said) and not _a_text(node):
            found.append(node)
    return found


_CHOICES = "input, select, textarea, [role=switch], [role=checkbox], [role=radio]"


def _a_text(node: LexborNode) -> bool:
    """Whether a dialog is a text shown in a window (a cookie policy a site opens over its page, `aria-labelledby=
    "cookie-policy-title"`) rather than a banner or a preference centre: sections under headings, words enough, and
    no choice to make (a preference centre's switches). Taken for a banner, such a policy was left out whole, its page
    "no text in it" (adoption hunt 29)."""
    return len(node.css("h1, h2, h3, h4, h5, h6")) >= 2 and not node.css(_CHOICES) \
        and len(node.text(deep=True, separator=" ").split()) >= 40


# The labels of a visitor's own consent record a manager writes into its cookie declaration or preference centre
# (Cookiebot's "Your consent ID:", OneTrust's "Consent ID", CookieYes' and Complianz's "Your current state:",
# iubenda's, Osano's and Termly's "Consent date:"), in the languages they ship.
_STATE_LABEL = re.compile(
    r"(?:your\s+)?(?:current\s+(?:consent\s+)?(?:state|status)|consent\s+(?:id|identifier|state|status|date|"
    r"given\s+on|time)|date\s+of\s+(?:your\s+)?consent)"
    r"|(?:votre\s+)?(?:(?:[ée]tat|statut)\s+(?:actuel|du\s+consentement)|(?:identifiant|id)\s+(?:de|du)\s+"
    r"consentement|date\s+(?:de|du)\s+(?:votre\s+)?consentement)"
    r"|(?:ihre\s+)?(?:einwilligungs-?(?:id|datum|status)|aktueller\s+status)",
    re.I)
_STATE_LINE = re.compile(rf"\s*(?:{_STATE_LABEL.pattern})\s*:", re.I)
# Words a policy's sentence has and a recorded value ("not set", "Allow all.", "Sunday, November 9, 2025") has not.
_SENTENCE_WORDS = frozenset((
    "a", "an", "the", "is", "are", "was", "we", "you", "our", "which", "that", "when", "if", "to", "un", "une", "des",
    "est", "sont", "nous", "vous", "notre", "qui", "que", "lorsque", "si", "pour", "der", "die", "das", "ist", "wir",
    "sie"))
_STATE_BLOCKS = "p, div, li, dd, span, section, aside, small"


def visitor_state(tree: LexborHTMLParser) -> list[LexborNode]:
    """The blocks holding nothing but the record of the visitor's own consent (`Your consent ID: not set · Consent
    date: –`): the saver's record, which the page saved once its scripts ran kept as the policy's words; never one
    holding a heading or a sentence (a value of more than five words, or with words of a sentence: `Consent ID: a
    number identifying your choice`)."""
    return [node for node in tree.css(_STATE_BLOCKS)
            if not node.css("h1, h2, h3, h4, h5, h6") and is_state(node.text(deep=True, separator=" "))]


def is_state(text: str) -> bool:
    """Whether `text` is only labels of a visitor's consent record, each over a short value (no sentence)."""
    words = " ".join(text.split())
    starts = list(_STATE_LINE.finditer(words))
    if not starts or starts[0].start() != 0:
        return False
    for match, following in zip(starts, [*starts[1:], None]):
        value = words[match.end():following.start() if following else len(words)].strip(" ·|•,;")
        said = [word.strip(".,;:!?()«»“”\"'").lower() for word in value.split()]
        if len(said) > 5 or _SENTENCE_WORDS.intersection(said):
            return False
    return True
