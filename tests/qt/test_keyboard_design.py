"""The keyboard as part of the design (issue #11): the kiosk's own layouts and style in the
real window, pressed by real taps on the keys' positions, with the real input engines."""

from __future__ import annotations

import pytest
from helpers import KioskDriver, walk
from keyboard_keys import keyboard_key, long_press, press_keys
from lead_form_driver import LeadFormDriver
from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QGuiApplication
from PySide6.QtQuick import QQuickItem

from kiosk.services.chinese_script import to_traditional
from kiosk.ui.layout_audit import class_name

LANGS = ["zh-Hant", "zh-Hans", "pt", "en"]
SIZES = [(1920, 1080), (1080, 1920), (1366, 768)]


def open_form(
    kiosk: KioskDriver, lang: str, size: tuple[int, int] = (1920, 1080)
) -> LeadFormDriver:
    kiosk.window.resize(*size)
    kiosk.settle()
    form = LeadFormDriver(kiosk)
    form.open(lang)
    return form


def keyboard_locale() -> str:
    return QGuiApplication.inputMethod().locale().name()


def scene_rect(item: QQuickItem) -> QRectF:
    return item.mapRectToScene(QRectF(0, 0, item.width(), item.height()))


def keyboard_top(kiosk: KioskDriver) -> float:
    """The top of the keys and their candidate bar, in window pixels."""
    panel = kiosk.find("inputPanel", visible=False).parentItem()
    return panel.mapToScene(QPointF(0, panel.property("keyboardTop"))).y()


def candidates_shown(kiosk: KioskDriver) -> list[str]:
    """The texts the candidate bar shows."""
    view = kiosk.find("wordCandidateView", visible=False)
    texts = []
    for item in walk(view):
        text = item.property("text")
        if isinstance(text, str) and text and class_name(item).startswith("QQuickText"):
            texts.append(text)
    return texts


@pytest.mark.parametrize("lang", LANGS)
def test_email_keys_type_at_and_dot_com_in_every_language(
    kiosk_event: KioskDriver, lang: str
) -> None:
    form = open_form(kiosk_event, lang)
    form.focus("email")
    kiosk_event.wait_until(lambda: keyboard_locale() in ("en_GB", "pt_PT"))
    kiosk_event.settle(200)
    press_keys(kiosk_event, "m", "@", "x", ".com")
    assert form.text("email") == "m@x.com"
    form.focus("company")
    if lang.startswith("zh"):
        kiosk_event.wait_until(lambda: keyboard_locale().startswith("zh"))
    with pytest.raises(AssertionError):
        keyboard_key(kiosk_event, "@")  # other fields keep the comma


@pytest.mark.parametrize("lang", ["zh-Hant", "en"])
def test_the_phone_pad_has_plus_for_the_country_code(kiosk_event: KioskDriver, lang: str) -> None:
    form = open_form(kiosk_event, lang)
    form.focus("phone")
    press_keys(kiosk_event, "+", "8", "5", "3", " ", "6", "-", "1")
    assert form.text("phone") == "+853 6-1"


def test_cangjie_gives_a_traditional_character_that_commits(kiosk_event: KioskDriver) -> None:
    form = open_form(kiosk_event, "zh-Hant")
    form.focus("company")
    assert keyboard_locale() == "zh_TW"
    press_keys(kiosk_event, "日", "弓")  # AN: 門
    kiosk_event.wait_until(lambda: "門" in candidates_shown(kiosk_event))
    press_keys(kiosk_event, " ")
    kiosk_event.wait_until(lambda: form.text("company") == "門")


def test_the_mode_key_switches_cangjie_to_zhuyin(kiosk_event: KioskDriver) -> None:
    form = open_form(kiosk_event, "zh-Hant")
    form.focus("company")
    press_keys(kiosk_event, "倉頡")  # the mode key names the current mode
    press_keys(kiosk_event, "ㄋ", "ㄧ", "ˇ", " ")
    kiosk_event.wait_until(lambda: form.text("company") == "你")


def test_pinyin_in_the_traditional_ui_gives_traditional_characters(
    kiosk_event: KioskDriver,
) -> None:
    form = open_form(kiosk_event, "zh-Hant")
    form.focus("company")
    kiosk_event.tap("changeLanguageKey")
    kiosk_event.wait_until(lambda: keyboard_locale() == "zh_MO")
    press_keys(kiosk_event, "a", "o", "m", "e", "n")
    kiosk_event.wait_until(lambda: "澳門" in candidates_shown(kiosk_event))
    assert "澳门" not in candidates_shown(kiosk_event)
    press_keys(kiosk_event, " ")
    kiosk_event.wait_until(lambda: form.text("company") != "")
    typed = form.text("company")
    assert typed == "澳門" and to_traditional(typed) == typed


def test_pinyin_in_the_simplified_ui_gives_simplified_characters(kiosk_event: KioskDriver) -> None:
    form = open_form(kiosk_event, "zh-Hans")
    form.focus("company")
    press_keys(kiosk_event, "a", "o", "m", "e", "n")
    kiosk_event.wait_until(lambda: "澳门" in candidates_shown(kiosk_event))
    press_keys(kiosk_event, " ")
    kiosk_event.wait_until(lambda: form.text("company") == "澳门")


@pytest.mark.parametrize("accent", ["á", "ã", "ç"])
def test_portuguese_accents_by_long_press(kiosk_event: KioskDriver, accent: str) -> None:
    form = open_form(kiosk_event, "pt")
    form.focus("company")
    press_keys(kiosk_event, "l")
    long_press(kiosk_event, "c" if accent == "ç" else "a", accent)
    kiosk_event.wait_until(lambda: form.text("company").lower() == "l" + accent)


def test_a_long_press_lifted_in_place_types_the_usual_accent(kiosk_event: KioskDriver) -> None:
    form = open_form(kiosk_event, "pt")
    form.focus("company")
    press_keys(kiosk_event, "n")
    long_press(kiosk_event, "a", "")  # the finger never moves
    kiosk_event.wait_until(lambda: form.text("company").lower() == "nã")


def test_candidates_never_move_the_keys_or_the_screen(kiosk_event: KioskDriver) -> None:
    form = open_form(kiosk_event, "zh-Hans")
    form.focus("company")
    key_before = scene_rect(keyboard_key(kiosk_event, "q"))
    stack_before = kiosk_event.find("screenStack", visible=False).height()
    press_keys(kiosk_event, "n", "i")
    kiosk_event.wait_until(lambda: len(candidates_shown(kiosk_event)) > 0)
    kiosk_event.settle(300)
    assert scene_rect(keyboard_key(kiosk_event, "q")) == key_before
    assert kiosk_event.find("screenStack", visible=False).height() == stack_before


@pytest.mark.parametrize(
    ("lang", "name"),
    [("zh-Hant", "繁體中文"), ("zh-Hans", "拼音"), ("pt", "Português"), ("en", "English")],
)
def test_the_keyboard_wears_the_theme(kiosk_event: KioskDriver, lang: str, name: str) -> None:
    form = open_form(kiosk_event, lang)
    form.focus("company")
    texts = [i for i in walk(kiosk_event.find("inputPanel")) if i.isVisible()
             and i.inherits("QQuickText")]  # fmt: skip
    shown = [str(i.property("text")) for i in texts]
    assert name in shown, "the space bar names the input method in its own script"
    assert not any("British" in t or "United Kingdom" in t for t in shown)
    family = kiosk_event.app.property("fontFamily")
    assert {i.property("font").family() for i in texts if i.property("text")} == {family}


def assert_in_sight(kiosk: KioskDriver, field: str) -> None:
    """The field's label, input and error are inside the form's view, above the keyboard's
    top and clear of the controls that float over every screen."""
    input_item = kiosk.find(f"leadField_{field}")
    block = scene_rect(input_item.parentItem())  # label, input and error
    flick = scene_rect(kiosk.find("leadFormFlick"))
    top = keyboard_top(kiosk)
    assert top < kiosk.window.height(), "the keyboard is up"
    assert block.top() >= flick.top() - 1, f"{field}: its label is cut off above"
    assert block.bottom() <= min(flick.bottom(), top) + 1, (
        f"{field}: bottom {block.bottom():.0f} under the keyboard's top {top:.0f}"
    )
    for floating in ("accessibilityButton", "speechControls"):
        if kiosk.exists(floating):
            assert not block.intersects(scene_rect(kiosk.find(floating))), (
                f"{field}: under the {floating}"
            )


FIELDS = ["family_name", "given_name", "company", "job_title", "email", "phone", "message"]


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_the_focused_field_and_its_error_stay_above_the_keyboard(
    kiosk_event: KioskDriver, size: tuple[int, int]
) -> None:
    kiosk = kiosk_event
    form = open_form(kiosk, "en", size)
    form.bridge.setValue("email", "not-an-address")
    form.bridge.setValue("phone", "12")
    form.bridge.submit()  # every field that is wrong shows its error
    kiosk.settle()
    for field in FIELDS:
        form.scroll_to(f"leadField_{field}")
        form.focus(field)
        kiosk.settle()
        assert_in_sight(kiosk, field)
    assert form.error("email") and form.error("phone"), "the errors were there to be seen"


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_an_error_appearing_above_keeps_the_next_field_in_sight(
    kiosk_event: KioskDriver, size: tuple[int, int]
) -> None:
    kiosk = kiosk_event
    form = open_form(kiosk, "en", size)
    form.scroll_to("leadField_email")
    form.focus("email")
    press_keys(kiosk, "x")
    form.enter()  # on to the phone field; leaving the email shows its error above it
    kiosk.wait_until(lambda: form.error("email") != "")
    kiosk.settle()
    assert kiosk.window.activeFocusItem().objectName() == "leadField_phone"
    assert_in_sight(kiosk, "phone")
