"""The on-screen keyboard under cage, for real: cage with the arguments of
``packaging/linux/cage-kiosk@.service`` runs ``kiosk run`` headless; the kiosk picks X11 under
Xwayland by itself; a visitor taps through to the lead form, taps a field, the kiosk's keyboard
slides up, and tapping its keys L and I puts "Li" in the field.

Landscape runs the unit's exact command line and reads the kiosk's X window (cage 0.1.4 scans a
lone full-screen client out directly, and its screencopy then keeps returning the first frame);
portrait adds ``-r`` (a screen mounted upright), which cage composites, so grim's picture of the
output is checked too.
"""

from __future__ import annotations

import shlex
import shutil
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from cage_session import REPO, CageSession, missing_tools
from PIL import Image, ImageChops

pytestmark = [
    pytest.mark.slow,  # a compositor, Xwayland and the whole kiosk: about a minute
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="cage is a Linux compositor"),
    pytest.mark.skipif(
        bool(missing_tools()),
        reason=f"needs {', '.join(missing_tools())} (bash packaging/setup-dev.sh installs them)",
    ),
]

Box = tuple[int, int, int, int]


@dataclass(frozen=True)
class Layout:
    """Where a finger goes on the sample pack's screens at cage's headless 1280x720 output."""

    name: str
    extra_cage_args: tuple[str, ...]
    taps_to_form: tuple[tuple[int, int], ...]  # attract, the business-matching tile, age gate
    field: tuple[int, int]
    form_band: tuple[int, int]  # rows between the top bar and the keyboard
    key_l: tuple[int, int]
    key_i: tuple[int, int]


LANDSCAPE = Layout(
    "landscape",
    (),
    ((640, 300), (640, 600), (640, 395)),
    field=(220, 361),  # given name
    form_band=(80, 400),
    key_l=(1033, 533),
    key_i=(885, 456),
)
PORTRAIT = Layout(
    "portrait",
    ("-r",),
    ((360, 500), (190, 1100), (360, 678)),
    field=(204, 401),  # the first name field (family name in Chinese)
    form_band=(80, 1090),
    key_l=(645, 1155),
    key_i=(538, 1107),
)


def unit_cage_args() -> list[str]:
    """cage's options in the unit's ExecStart (``-s -d``)."""
    unit = (REPO / "packaging/linux/cage-kiosk@.service").read_text()
    line = next(ln for ln in unit.splitlines() if ln.startswith("ExecStart="))
    words = shlex.split(line.removeprefix("ExecStart="))
    assert words[0].endswith("/cage") and words[-1] == "run", line
    return words[1 : words.index("--")]


def keyboard_shown(picture: Image.Image) -> bool:
    """A good part of the bottom eighth is the keyboard's dark teal panel between its light
    keys (the form there is light, its Send button red)."""
    width, height = picture.size
    band = picture.crop((0, height * 7 // 8, width, height)).convert("RGB")
    data = band.tobytes()
    pixels = zip(data[0::3], data[1::3], data[2::3], strict=True)
    teal = sum(1 for r, g, b in pixels if r < 40 and g < 110 and g > r + 10 and b > r + 10)
    return teal / (band.width * band.height) > 0.15


def typed(before: Image.Image, after: Image.Image, band: tuple[int, int]) -> Box | None:
    """Where the form changed between two pictures, if wider than a blinking cursor."""
    width = before.width
    changed = ImageChops.difference(before, after).convert("L").crop((0, band[0], width, band[1]))
    box = changed.point(lambda value: 255 if value > 60 else 0).getbbox()
    if box is None or box[2] - box[0] < 8:
        return None
    return (box[0], box[1] + band[0], box[2], box[3] + band[0])


def wait_for(look: Callable[[], Image.Image], ok: Callable[[Image.Image], bool]) -> Image.Image:
    deadline = time.monotonic() + 30
    while True:
        picture = look()
        if ok(picture) or time.monotonic() > deadline:
            return picture
        time.sleep(0.5)


def drawn(picture: Image.Image) -> bool:
    return picture.convert("L").getextrema()[1] > 40


def settled(look: Callable[[], Image.Image]) -> Image.Image:
    """The drawn picture once two looks half a second apart agree (transitions over)."""
    deadline = time.monotonic() + 30
    previous = look()
    while True:
        time.sleep(0.5)
        current = look()
        same = current.tobytes() == previous.tobytes()
        if (same and drawn(current)) or time.monotonic() > deadline:
            return current
        previous = current


@pytest.fixture
def session(request, tmp_path: Path, sample_data: Path) -> Iterator[CageSession]:
    layout: Layout = request.param
    data = tmp_path / "data"
    shutil.copytree(sample_data, data)
    cage = CageSession(tmp_path, data, [*layout.extra_cage_args, *unit_cage_args()])
    cage.start()
    try:
        cage.wait_running()
        yield cage
    finally:
        cage.stop()


@pytest.mark.parametrize(
    ("session", "layout"), [(LANDSCAPE, LANDSCAPE), (PORTRAIT, PORTRAIT)],
    indirect=["session"], ids=["landscape-unit", "portrait"],
)  # fmt: skip
def test_tapping_a_field_under_cage_brings_the_keyboard_and_its_keys_type(
    session: CageSession, layout: Layout, tmp_path: Path
) -> None:
    look = session.x_window_picture
    attract, *to_form = layout.taps_to_form
    wait_for(look, drawn)  # the window exists some moments before its first frame
    session.tap(*attract)
    for step, (x, y) in enumerate(to_form):
        # a tap during a screen's entrance would land on the wrong thing
        settled(look).save(tmp_path / f"step{step}.png")
        session.tap(x, y)
    form = settled(look)
    form.save(tmp_path / "form.png")
    assert form.size == ((1280, 720) if layout is LANDSCAPE else (720, 1280)), form.size
    assert not keyboard_shown(form), "no keyboard before a field has the focus"

    session.tap(*layout.field, pause=1)
    focused = wait_for(look, keyboard_shown)
    focused.save(tmp_path / "keyboard.png")
    assert keyboard_shown(focused), f"no keyboard: see {tmp_path / 'keyboard.png'}"
    time.sleep(1)  # the form scrolls the field clear of the keyboard
    focused = look()

    session.tap(*layout.key_l)
    session.tap(*layout.key_i)
    after = wait_for(look, lambda p: typed(focused, p, layout.form_band) is not None)
    after.save(tmp_path / "typed.png")
    text = typed(focused, after, layout.form_band)
    assert text, f"no text: see {tmp_path / 'typed.png'}"
    assert keyboard_shown(after)

    if layout is PORTRAIT:  # cage composites a rotated output: its own picture is current
        shown = wait_for(session.compositor_picture, keyboard_shown)
        shown.save(tmp_path / "output.png")
        assert keyboard_shown(shown)
        assert typed(focused.crop(text), shown.crop(text), (0, text[3] - text[1])), "no text"
    assert "qtvirtualkeyboard currently is not supported" not in session.output()
