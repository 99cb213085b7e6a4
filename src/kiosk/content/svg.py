"""SVG images in a content pack: a brand mark drawn as vectors stays crisp on any screen.

An SVG is a program-like XML document from someone's laptop, so only a safe subset is taken:
at most :data:`MAX_SVG_BYTES`, parsed by defusedxml (no DTDs, no entity expansion), no
scripts, event handlers, ``foreignObject`` or references to anything outside the file
(``href``, ``url(...)`` and ``@import`` may only point inside it, ``#id``). The kiosk shows it
with Qt's SVG renderer, which supports SVG Tiny 1.2: text is best converted to paths.
"""

from __future__ import annotations

import re
from pathlib import Path
from xml.etree.ElementTree import Element, ParseError

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import fromstring

from kiosk.content.files import NotUsable, read_regular
from kiosk.domain.messages import Message

MAX_SVG_BYTES = 1024 * 1024
SVG_NS = "{http://www.w3.org/2000/svg}"
_FORBIDDEN_ELEMENTS = frozenset({"script", "foreignObject", "iframe", "embed", "object"})
_LENGTH = re.compile(r"^\s*([0-9]*\.?[0-9]+)\s*(px)?\s*$")
_OUTSIDE_URL = re.compile(r"url\(\s*['\"]?\s*(?!#)", re.IGNORECASE)


class SvgProblem(Exception):
    """Why an SVG file cannot be used; the message completes ``<path> ...``."""

    def __init__(self, message: Message) -> None:
        super().__init__(str(message))
        self.message = message


def looks_like_svg(path: Path) -> bool:
    """An ``.svg`` name, or XML whose first element is ``<svg``: worth checking as SVG."""
    if path.suffix.lower() == ".svg":
        return True
    try:
        with open(path, "rb") as handle:
            head = handle.read(512).lstrip(b"\xef\xbb\xbf \t\r\n")
    except OSError:
        return False
    return head.startswith((b"<svg", b"<?xml")) and b"<svg" in head


def inspect_svg(path: Path) -> tuple[int, int]:
    """(width, height) of a safe SVG file (its viewBox's, or width/height in pixels)."""
    try:
        raw = read_regular(path, MAX_SVG_BYTES)
    except NotUsable as exc:
        raise SvgProblem(exc.message) from None
    except OSError as exc:
        raise SvgProblem(Message("file.unreadable", reason=str(exc.strerror or exc))) from None
    try:
        root = fromstring(raw, forbid_dtd=True)
    except DefusedXmlException:
        raise SvgProblem(Message("svg.dtd")) from None
    except ParseError as exc:
        raise SvgProblem(Message("svg.malformed", detail=str(exc))) from None
    if root.tag != f"{SVG_NS}svg":
        raise SvgProblem(Message("svg.not_svg"))
    for element in root.iter():
        _check_element(element)
    return _size(root)


def _local(name: str) -> str:
    return name.rsplit("}", 1)[-1]


def _check_element(element: Element) -> None:
    tag = _local(str(element.tag))
    if tag in _FORBIDDEN_ELEMENTS:
        raise SvgProblem(Message("svg.element", element=tag))
    for name, value in element.attrib.items():
        attribute = _local(name)
        if attribute.lower().startswith("on"):
            raise SvgProblem(Message("svg.event_handler", attribute=attribute))
        if attribute == "href" and not value.strip().startswith("#"):
            raise SvgProblem(Message("svg.href", target=value[:60]))
        if _OUTSIDE_URL.search(value):
            raise SvgProblem(Message("svg.outside_url", attribute=attribute))
    if tag == "style" and (
        _OUTSIDE_URL.search(element.text or "") or "@import" in (element.text or "")
    ):
        raise SvgProblem(Message("svg.style_import"))


def _size(root: Element) -> tuple[int, int]:
    view_box = root.get("viewBox", "").replace(",", " ").split()
    if len(view_box) == 4:
        try:
            width, height = float(view_box[2]), float(view_box[3])
        except ValueError:
            width = height = 0.0
    else:
        width, height = _length(root.get("width")), _length(root.get("height"))
    if width <= 0 or height <= 0:
        raise SvgProblem(Message("svg.no_size"))
    return max(1, round(width)), max(1, round(height))


def _length(value: str | None) -> float:
    match = _LENGTH.match(value or "")
    return float(match.group(1)) if match else 0.0
