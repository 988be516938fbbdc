"""What a link's address says besides where it goes, read as a browser reads it: tracking and access parameters,
redirectors and short links, programs to download, machines of a private network (safety hunt 35).

safety.deceptive_link refuses links that hold them (policy check's editorial.link-target, the output check), and
the import's neutraliser writes the address the site publishes instead (convert/neutralise.py).
"""
from __future__ import annotations

import ipaddress
import re
import socket
import unicodedata
from urllib.parse import parse_qs, unquote, urlsplit, urlunsplit

# Parameters a link carries for another site's analytics: campaign tags (`utm_…`), and the ids an advertiser or a
# newsletter adds to the links it sends (a click's, a subscriber's), copied with the link from an e-mail or a social
# network. In a link of the text, every reader's click reports where they came from, and the id names who copied it
# (safety hunt 35).
_TRACKING = frozenset({"fbclid", "gclid", "gclsrc", "dclid", "gbraid", "wbraid", "msclkid", "yclid", "twclid",
                       "ttclid", "li_fat_id", "igshid", "igsh", "epik", "rb_clickid", "s_cid", "sc_cid", "srsltid",
                       "mc_eid", "mc_cid", "_hsenc", "_hsmi", "__hstc", "__hssc", "__hsfp", "hsctatracking",
                       "mkt_tok", "oly_enc_id", "oly_anon_id", "vero_id", "vero_conv", "ck_subscriber_id",
                       "wickedid", "trk_contact", "_ga", "_gl", "_kx", "ml_subscriber", "ml_subscriber_hash"})


# Campaign tags of the analytics French and European sites use besides Google's: Matomo's (`pk_`, `mtm_`), AT
# Internet's (`xtor`, `at_…`), HubSpot's ads (`hsa_`).
_TRACKING_PREFIXES = ("utm_", "pk_", "mtm_", "piwik_", "matomo_", "hsa_")
_TRACKING_MORE = frozenset({"xtor", "at_medium", "at_campaign", "at_platform", "at_creation", "at_send_date",
                            "at_link", "_openstat", "ref_src", "ref_url"})


def _tracking(name: str) -> bool:
    name = unquote(name).strip().lower()
    return name.startswith(_TRACKING_PREFIXES) or name in _TRACKING or name in _TRACKING_MORE


def tracking_parameters(href: str) -> list[str]:
    """The names of the tracking parameters (`_TRACKING`, `utm_…`) of a web address's query, as written."""
    if not re.match(r"(?i)(https?:|//|/|[^:]*$)", href):  # a mailto's or a phone link's fields are judged apart
        return []
    address, _, fragment = href.partition("#")
    query = address.partition("?")[2]
    if "=" not in fragment:  # a section's anchor; `#xtor=RSS-8`, `#pk_campaign=…` are tags (their tools read them)
        fragment = ""
    return [name for name in (part.split("=", 1)[0] for part in re.split("[&;]", f"{query}&{fragment}") if part)
            if _tracking(name)]


# Parameters that give whoever holds the address access of their own: a password, an API key, a session, a
# signed address (AWS's, Google Cloud's, Azure's shared access signature `sig`), a personal link's token (safety
# hunt 35).
_SECRETS = frozenset({"access_token", "id_token", "refresh_token", "auth_token", "token", "auth", "password", "passwd",
                      "pwd", "secret", "client_secret", "api_key", "apikey", "x-amz-signature", "x-amz-credential",
                      "x-amz-security-token", "x-goog-signature", "x-goog-credential", "sig", "signature",
                      "sessionid", "jsessionid", "phpsessid", "aspsessionid", "sid"})


def secret_parameters(href: str) -> list[str]:
    """The names of the parameters of a web address (its query, or `;jsessionid=` in its path) that give access."""
    if not re.match(r"(?i)(https?:|//|/|[^:]*$)", href):
        return []
    address = href.partition("#")[0]
    parts = re.split("[&;?]", address.partition("?")[2]) + re.findall(r";([^;/?=]+)=", address.partition("?")[0])
    return [name for name in (part.split("=", 1)[0] for part in parts if part)
            if unquote(name).strip().lower() in _SECRETS]


# Hosts whose links only send the reader on: link shorteners (where a link goes is not in the text, and its owner can
# change it after publication), and redirectors wrapping an address in a parameter (Outlook's Safe Links, whose
# `data=` holds the address of whoever received the link; Google's, Facebook's, LinkedIn's, YouTube's, Slack's, mail
# gateways') or encoding it (Proofpoint's, Mimecast's, Mailchimp's click tracking). Each records every reader's
# click (safety hunt 35).
_SHORTENERS = frozenset({"bit.ly", "bitly.com", "j.mp", "tinyurl.com", "goo.gl", "ow.ly", "buff.ly", "is.gd", "v.gd",
                         "rebrand.ly", "cutt.ly", "shorturl.at", "t.ly", "tiny.cc", "rb.gy", "s.id", "bl.ink", "t.co",
                         "lnkd.in", "trib.al", "dlvr.it", "ift.tt", "tr.im", "soo.gd", "qrco.de", "tiny.one", "surl.li",
                         "shorturl.com", "urlz.fr", "u.to", "clck.ru", "shorte.st", "adf.ly", "ouo.io"})
_WRAPPERS = ((re.compile(r"(?:[\w-]+\.)*safelinks\.protection\.outlook\.com"), re.compile(r"/?"), ("url",)),
             (re.compile(r"(?:www\.)?google\.[a-z]{2,3}(?:\.[a-z]{2})?"), re.compile(r"/url"), ("q", "url")),
             (re.compile(r"l[m]?\.facebook\.com|l\.messenger\.com"), re.compile(r"/l\.php"), ("u",)),
             (re.compile(r"l\.instagram\.com"), re.compile(r"/?"), ("u",)),
             (re.compile(r"(?:www\.)?linkedin\.com"), re.compile(r"/redir/redirect/?"), ("url",)),
             (re.compile(r"(?:www\.)?youtube\.com"), re.compile(r"/redirect"), ("q",)),
             (re.compile(r"slack-redir\.net"), re.compile(r"/link"), ("url",)),
             (re.compile(r"urldefense(?:\.proofpoint)?\.com"), re.compile(r".*"), ()),
             (re.compile(r"(?:[\w-]+\.)+list-manage\.com"), re.compile(r"/track/click"), ()),
             # the link protection of other companies' mail gateways: Mimecast, Barracuda, Cisco, Trend Micro, Sophos
             (re.compile(r"(?:[\w-]+\.)*mimecast\.com"), re.compile(r"/s/.*"), ()),
             (re.compile(r"linkprotect\.cudasvc\.com"), re.compile(r"/url"), ("a",)),
             (re.compile(r"secure-web\.cisco\.com"), re.compile(r".*"), ()),
             (re.compile(r"(?:[\w-]+\.)*trendmicro\.com"), re.compile(r"/wis/clicktime/.*"), ("url",)),
             (re.compile(r"(?:[\w-]+\.)*protection\.sophos\.com"), re.compile(r".*"), ()),
             # Google's copies of another site's page, served from its own hosts (AMP's cache, Translate's proxy)
             (re.compile(r"(?:[\w-]+\.)*cdn\.ampproject\.org|[\w-]+\.translate\.goog"), re.compile(r".*"), ()),
             (re.compile(r"(?:www\.)?google\.[a-z]{2,3}(?:\.[a-z]{2})?"), re.compile(r"/amp/.*"), ()))


def browser_host(host: str) -> str:
    """A URL's host as a browser reads it (WHATWG URL): percent-escapes decoded, then mapped as UTS #46 maps it (the
    idna package): fullwidth `ｂｉｔ。ｌｙ` is bit.ly, a soft hyphen or zero-width space in it is nothing
    (`bit\u00ad.ly`), in small letters, without a final dot: `bit%2ely` is bit.ly too."""
    import idna

    decoded = unquote(host)
    try:
        mapped = idna.uts46_remap(decoded, std3_rules=False, transitional=False)
    except idna.IDNAError:  # no host a browser goes to: read as its letters are
        mapped = unicodedata.normalize("NFKC", decoded).translate({0x3002: ".", 0xFF0E: ".", 0xFF61: "."})
    return mapped.lower().rstrip(".")


# The kinds of file a click would run, or install, on the reader's computer or phone (Windows', macOS', Linux's,
# Android's programs and installers, scripts and shortcuts, disk images): never what a legal text links (hunt 35).
# And what runs or installs something once opened (safety hunt 44): Office documents and templates with their macros,
# Excel's and PowerPoint's add-ins and web queries, compiled help, libraries, consoles, remote desktops, Java Web Start,
# browser extensions and an iPhone's configuration profile (a VPN, a root certificate).
# (Not `.com`, `.app`, `.sh`, `.run`, `.one` nor `.cab`: top-level domains, ending many a path that names a site.)
_PROGRAMS = frozenset({"exe", "msi", "msix", "appx", "bat", "cmd", "scr", "pif", "cpl", "hta", "vbs", "vbe", "wsf",
                       "wsh", "ps1", "psm1", "jse", "lnk", "url", "reg", "jar", "apk", "aab", "xapk", "ipa", "dmg",
                       "pkg", "mpkg", "command", "deb", "rpm", "appimage", "iso", "img", "vhd", "vhdx", "application",
                       "xbap", "msp", "mst", "gadget", "library-ms", "settingcontent-ms",
                       "docm", "dotm", "xlsm", "xltm", "xlam", "xla", "pptm", "potm", "ppsm", "ppam", "sldm", "xll",
                       "iqy", "slk", "chm", "dll", "ocx", "msc", "rdp", "jnlp", "appinstaller", "appxbundle",
                       "msixbundle", "appref-ms", "diagcab", "scf", "sct", "wsc", "ps1xml", "psc1", "psd1", "vsto",
                       "mde", "accde", "xpi", "crx", "mobileconfig"})


def program_kind(href: str) -> str:
    """The extension of the file a web link downloads when it is a program's (`.exe`, `.apk`, `.ps1`), or ""."""
    if not re.match(r"(?i)(https?:|//|/|[^:]*$)", href):
        return ""
    try:
        path = unquote(urlsplit(href).path)
    except ValueError:
        return ""
    name = path.rsplit("/", 1)[-1]
    kind = name.rpartition(".")[2].lower() if "." in name else ""
    return f".{kind}" if kind in _PROGRAMS else ""


def redirect_of(href: str) -> tuple[str, str] | None:
    """(the host, the address it wraps or "") when a link goes through a link shortener or a redirector; None when
    it goes where it says."""
    try:
        parts = urlsplit(href) if re.match(r"(?i)(https?:)?//", href.strip()) else None
        host = browser_host(parts.hostname or "") if parts else ""
    except ValueError:
        return None
    if not host or parts is None:
        return None
    if host.removeprefix("www.") in _SHORTENERS:
        return host, ""
    for hosts, path, names in _WRAPPERS:
        if hosts.fullmatch(host) and path.fullmatch(parts.path or "/"):
            query = parse_qs(parts.query)
            wrapped = next((query[name][0] for name in names if query.get(name)), "") or \
                (_proofpoint(href.strip(), query) if "urldefense" in host else "")
            return host, wrapped if re.match(r"(?i)(https?:|mailto:)", wrapped) else ""
    return None


_PROOFPOINT_V2_ESCAPE = re.compile(r"-([0-9A-F]{2})")


def _proofpoint(href: str, query: dict[str, list[str]]) -> str:
    """The address Proofpoint's URL Defense wraps, written in its own encodings (a mail's link, pasted into a text):
    version 1's `?u=` percent-escaped, version 2's `?u=https-3A__example.com_page` (`-3A` a hex escape, `_` a slash),
    version 3's `/v3/__https://example.com/page__;…!!…` (a character it took out written `*`, given back from the
    base64 after `__;`); "" where it is none of them or holds a run it took out (`**`)."""
    version = re.search(r"/v([123])/", href)
    if version is None:
        return ""
    if version[1] in "12":
        wrapped = (query.get("u") or [""])[0]
        return wrapped if version[1] == "1" else \
            _PROOFPOINT_V2_ESCAPE.sub(lambda m: chr(int(m[1], 16)), wrapped.replace("_", "/"))
    found = re.search(r"/v3/__(.+?)__;([^!]*)", href)
    if found is None or "**" in found[1]:
        return ""
    wrapped, taken = found[1], found[2]
    if "*" in wrapped:
        import base64
        import binascii

        try:
            given = iter(base64.urlsafe_b64decode(taken + "=" * (-len(taken) % 4)).decode("utf-8"))
            wrapped = re.sub(r"\*", lambda _: next(given), wrapped)
        except (binascii.Error, UnicodeDecodeError, ValueError, StopIteration, RuntimeError):
            return ""
    return wrapped


def without_tracking(href: str) -> str:
    """`href` without its tracking parameters (the other parameters and the fragment kept, in order)."""
    if not tracking_parameters(href):
        return href
    parts = urlsplit(href)
    kept = [part for part in re.split("[&;]", parts.query) if part and not _tracking(part.split("=", 1)[0])]
    fragment = parts.fragment
    if "=" in fragment:
        fragment = "&".join(part for part in re.split("[&;]", fragment)
                            if part and not _tracking(part.split("=", 1)[0]))
    return urlunsplit(parts._replace(query="&".join(kept), fragment=fragment))


# The names of a private network's machines (RFC 6762's `local`, RFC 8375's `home.arpa`, ICANN's `internal`, and those
# companies' networks use): no reader's browser finds them on the internet.
_PRIVATE_NAMES = ("localhost", "local", "localdomain", "internal", "intranet", "intra", "corp", "lan", "home",
                  "home.arpa", "private")


# Special-use names no public DNS answers, reached through an anonymity network only (Tor's `.onion`, RFC 7686; I2P's
# `.i2p`; Tor's `.exit`): a link there takes a reader nowhere in an ordinary browser, and to a host no one can tell
# the owner of in Tor's.
_HIDDEN_SERVICES = ("onion", "i2p", "exit")


def hidden_service(host: str) -> bool:
    """Whether a link's host is one of an anonymity network (`….onion`), not of the internet a browser reaches."""
    return host.strip("[]").rstrip(".").lower().rpartition(".")[2] in _HIDDEN_SERVICES


def private_host(host: str) -> bool:
    """Whether a link's host is a machine of a private network: one label (`fileserver01`, as Word writes a link to
    `\\\\fileserver01\\…`), a private name (`intranet.acme.corp`, `nas.local`), or an address that is not the
    internet's (`10.0.0.5`, `127.1` and `2130706433` as a browser reads them, `[fd00::1]`) (safety hunt 35)."""
    host = host.strip("[]").rstrip(".").lower()
    if not host:
        return False
    try:
        return not ipaddress.ip_address(host).is_global
    except ValueError:
        pass
    if re.fullmatch(r"(?:0x[0-9a-f]*|\d+)(?:\.(?:0x[0-9a-f]*|\d+)){0,3}", host):  # an IPv4 address as browsers read
        try:  # its shorter forms (WHATWG URL's IPv4 parser, as inet_aton)
            return not ipaddress.IPv4Address(socket.inet_aton(host)).is_global
        except (OSError, ValueError):
            return True  # no address a browser goes to
    if spelled := _SPELLED_ADDRESS.search(host):  # `10.0.0.5.nip.io`, `app-127-0-0-1.sslip.io`, `7f000001.nip.io`
        address = spelled.group(1) or spelled.group(2)
        try:
            found = ipaddress.IPv4Address(int(address, 16)) if spelled.group(2) else \
                ipaddress.IPv4Address(address.replace("-", "."))
            if not found.is_global:
                return True
        except ValueError:
            pass
    return "." not in host or any(host == name or host.endswith("." + name) for name in _PRIVATE_NAMES + _LOOPBACK)


# Public names that wildcard DNS services answer with the address they spell (nip.io's, sslip.io's, a host's own for
# its clients' testing), and names whose every subdomain is this machine: a link to `http://10.0.0.5.nip.io/` or
# `http://app.localtest.me/` asks a machine of the reader's own network as `http://10.0.0.5/` does (safety hunt 46).
_SPELLED_ADDRESS = re.compile(r"(?:^|[.-])(?:((?:\d{1,3}[.-]){3}\d{1,3})|([0-9a-f]{8}))\.(?:nip\.io|sslip\.io|xip\.io|"
                              r"traefik\.me|nip\.direct)$")
_LOOPBACK = ("localtest.me", "lvh.me", "vcap.me", "local.gd", "lacolhost.com")


def this_machine(host: str) -> bool:
    """Whether a host is the machine a browser runs on: `localhost`, a loopback, unspecified or link-local address
    (`127.0.0.1`, `[::1]`, `0.0.0.0`, as a browser reads them: `127.1`)."""
    host = host.strip("[]").rstrip(".").lower()
    if host == "localhost" or host.endswith(".localhost"):
        return True
    address: ipaddress.IPv4Address | ipaddress.IPv6Address | None = None
    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        if re.fullmatch(r"[0-9a-fx.]+", host):
            try:
                address = ipaddress.IPv4Address(socket.inet_aton(host))
            except OSError:
                address = None
    return address is not None and (address.is_loopback or address.is_unspecified or address.is_link_local)
