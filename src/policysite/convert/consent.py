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
