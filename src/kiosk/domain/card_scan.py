"""Business cards and badges read by a scanner: vCard 3/4 (and 2.1), MECARD or a bare email.

A USB scanner types what it reads like a keyboard; the lead form hands the burst it collected
to :func:`parse_card` and fills the fields it gets back. Anything that is not a card gives None,
never an exception: a scanner can send any bytes, and a card can name any charset (one Python
does not know, or a codec that is no text encoding, is read as UTF-8).
"""

from __future__ import annotations

import quopri
import re
import unicodedata
from dataclasses import asdict, dataclass

from kiosk.domain.leads.contact import ContactInvalid, normalize_email

FIELD_MAX = 200  # longer values are cut; the form then shows them for the visitor to check
SCAN_MAX = 65_536  # longer input is no card (the largest QR code holds 7,089 characters)


@dataclass(frozen=True)
class CardFields:
    """What a card gave for the lead form; empty strings for what it did not carry."""

    kind: str  # "vcard", "mecard" or "email"
    name: str = ""
    family_name: str = ""  # from N, when the card gives the parts
    given_name: str = ""
    company: str = ""
    job_title: str = ""
    email: str = ""
    phone: str = ""

    def form_values(self) -> dict[str, str]:
        """The non-empty fields, keyed like :class:`~kiosk.domain.leads.LeadDraft`."""
        return {k: v for k, v in asdict(self).items() if k != "kind" and v}


def parse_card(text: str | bytes | bytearray | memoryview) -> CardFields | None:
    """The card in ``text``, or None if it is neither a vCard, a MECARD nor an email address.

    Bytes are read as UTF-8 (undecodable bytes replaced)."""
    if isinstance(text, bytes | bytearray | memoryview):
        text = bytes(text[: SCAN_MAX * 4]).decode("utf-8", "replace")
    if not isinstance(text, str) or len(text) > SCAN_MAX:
        return None
    stripped = text.strip().lstrip("\ufeff")
    upper = stripped[:16].upper()
    if upper.startswith("BEGIN:VCARD"):
        card = _parse_vcard(stripped)
    elif upper.startswith("MECARD:"):
        card = _parse_mecard(stripped[len("MECARD:") :])
    else:
        card = _parse_email(stripped)
    return card if card is not None and card.form_values() else None


# --------------------------------------------------------------------------- helpers


def _tidy(value: str) -> str:
    """One line, NFC, no control characters, at most FIELD_MAX characters."""
    value = unicodedata.normalize("NFC", value)
    value = "".join(" " if unicodedata.category(c) in ("Cc", "Cs") else c for c in value)
    return " ".join(value.split())[:FIELD_MAX]


def _has_cjk(value: str) -> bool:
    return any("\u2e80" <= c <= "\u9fff" or "\uf900" <= c <= "\ufaff" for c in value)


def _person(family: str, given: str) -> str:
    """Family and given names in the order their script uses: 陳大文, Tai Man Chan."""
    family, given = family.strip(), given.strip()
    if _has_cjk(family + given):
        return family + given
    return " ".join(p for p in (given, family) if p)


def _split_unescaped(value: str, sep: str) -> list[str]:
    """``value`` split on ``sep`` where it is not escaped by a backslash (escapes kept)."""
    parts, current, escaped = [], [], False
    for ch in value:
        if escaped:
            current.append("\\" + ch)
            escaped = False
        elif ch == "\\":
            escaped = True
        elif ch == sep:
            parts.append("".join(current))
            current = []
        else:
            current.append(ch)
    parts.append("".join(current))
    return parts


_ESCAPES = {"n": "\n", "N": "\n"}


def _unescape(value: str) -> str:
    return re.sub(r"\\(.)", lambda m: _ESCAPES.get(m.group(1), m.group(1)), value)


def _phone_value(value: str) -> str:
    """``tel:+853-6612-3456;ext=1`` (vCard 4 URI) as ``+853-6612-3456``."""
    value = value.strip()
    if value.lower().startswith("tel:"):
        value = value[4:].split(";", 1)[0]
    return value


# --------------------------------------------------------------------------- vCard

_VCARD_LINE = re.compile(r"^(?P<name>[^:;]+)(?P<params>(?:;[^:]*)?):(?P<value>.*)$", re.S)


def _vcard_lines(text: str) -> list[str]:
    """Logical lines: CRLF/CR/LF alike, folded lines joined, quoted-printable soft breaks joined."""
    raw = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    lines: list[str] = []
    for line in raw:
        if lines and line[:1] in (" ", "\t"):
            lines[-1] += line[1:]
        elif lines and lines[-1].endswith("=") and "QUOTED-PRINTABLE" in lines[-1].upper():
            lines[-1] = lines[-1][:-1] + line
        else:
            lines.append(line)
    return lines


def _decode(value: str, params: dict[str, str]) -> str | None:
    encoding = params.get("ENCODING", "").upper()
    if encoding in ("B", "BASE64"):
        return None  # a photo or a sound: nothing for the form
    if encoding == "QUOTED-PRINTABLE":
        raw = quopri.decodestring(value.encode("utf-8", "replace"))
        return _text_in(raw, params.get("CHARSET", "utf-8"))
    return value


def _text_in(raw: bytes, charset: str) -> str:
    """``raw`` in the card's charset; UTF-8 when Python cannot read it in that one (an unknown
    name, ``undefined``, a bytes-to-bytes codec like ``zlib``, ``idna`` on a long label...)."""
    try:
        return raw.decode(charset, "replace")
    except (LookupError, UnicodeError, ValueError, TypeError):
        return raw.decode("utf-8", "replace")


def _params(text: str) -> tuple[dict[str, str], set[str]]:
    """``;TYPE=CELL,VOICE;PREF=1;WORK`` as named params and the set of (upper-case) types."""
    named: dict[str, str] = {}
    types: set[str] = set()
    for part in text.split(";"):
        if not part:
            continue
        key, sep, value = part.partition("=")
        key = key.strip().upper()
        if not sep:
            types.add(key)  # vCard 2.1 bare type: TEL;CELL:...
            continue
        value = value.strip().strip('"')
        named[key] = value
        if key == "TYPE":
            types.update(t.strip().upper() for t in value.split(","))
    if "PREF" in named:
        types.add("PREF")
    return named, types


def _parse_vcard(text: str) -> CardFields | None:
    best: dict[str, tuple[int, str]] = {}  # field -> (rank, value); lower rank wins

    def offer(field: str, value: str, rank: int) -> None:
        value = _tidy(value)
        if value and (field not in best or rank < best[field][0]):
            best[field] = (rank, value)

    for line in _vcard_lines(text):
        match = _VCARD_LINE.match(line)
        if not match:
            continue
        name = match["name"].rsplit(".", 1)[-1].strip().upper()  # drop "item1." groups
        if name == "END":
            break
        named, types = _params(match["params"])
        value = _decode(match["value"], named)
        if value is None:
            continue
        rank = 0 if "PREF" in types else 2
        if name == "FN":
            offer("name", _unescape(value), 0)
        elif name == "N":
            parts = [_unescape(p) for p in _split_unescaped(value, ";")] + ["", ""]
            offer("name", _person(parts[0], parts[1]), 1)
            offer("family_name", parts[0], 1)
            offer("given_name", parts[1], 1)
        elif name == "ORG":
            offer("company", _unescape(_split_unescaped(value, ";")[0]), rank)
        elif name == "TITLE":
            offer("job_title", _unescape(value), rank)
        elif name == "EMAIL":
            offer("email", _unescape(value), rank)
        elif name == "TEL":
            mobile = bool(types & {"CELL", "MOBILE"})  # a visitor's mobile over the switchboard
            offer("phone", _phone_value(_unescape(value)), min(rank, 1) if mobile else rank)
    return CardFields("vcard", **{field: value for field, (_, value) in best.items()})


# --------------------------------------------------------------------------- MECARD


def _parse_mecard(body: str) -> CardFields | None:
    fields: dict[str, str] = {}
    for item in _split_unescaped(body, ";"):
        key, sep, value = item.partition(":")
        key = key.strip().upper()
        if not sep or key in fields:
            continue  # the first TEL / EMAIL is the main one
        fields[key] = value
    name = fields.get("N", "")
    parts = ["", ""]
    if name:
        parts = [_unescape(p) for p in _split_unescaped(name, ",")] + [""]
        name = _person(parts[0], parts[1])
    return CardFields(
        "mecard",
        name=_tidy(name),
        family_name=_tidy(parts[0]),
        given_name=_tidy(parts[1]),
        company=_tidy(_unescape(fields.get("ORG", ""))),
        job_title=_tidy(_unescape(fields.get("TITLE", ""))),
        email=_tidy(_unescape(fields.get("EMAIL", ""))),
        phone=_tidy(_phone_value(_unescape(fields.get("TEL", "")))),
    )


# --------------------------------------------------------------------------- email


def _parse_email(text: str) -> CardFields | None:
    if text[:7].lower() == "mailto:":
        text = text[7:].split("?", 1)[0]
    text = text.strip()
    if len(text) > 320:
        return None
    try:
        normalize_email(text)
    except ContactInvalid:
        return None
    return CardFields("email", email=text)
