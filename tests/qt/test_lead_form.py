"""The lead form in the real kiosk window: typed on the on-screen keyboard's engine, tapped,
submitted into the real database, in English and in Pinyin; consent, reset, languages, thanks."""

from __future__ import annotations

import pytest
from helpers import TEST_MOTION, KioskDriver
from lead_form_driver import LeadFormDriver, consent_rows, lead_count, lead_rows
from PySide6.QtCore import QPointF, QRectF
from sample_event import CONSENT

from kiosk.data.models import LeadExhibitor, MatchingRequest
from kiosk.services.identity import kiosk_id

REQUIRED = [p["id"] for p in CONSENT["purposes"] if p["required"]]
OPTIONAL = [p["id"] for p in CONSENT["purposes"] if not p["required"]]


@pytest.fixture
def form(kiosk_event: KioskDriver) -> LeadFormDriver:
    return LeadFormDriver(kiosk_event)


def test_an_english_visitor_fills_the_form_on_the_keyboard_and_the_lead_is_stored(
    form: LeadFormDriver,
) -> None:
    kiosk = form.kiosk
    form.open("en", exhibitor="macau-tea-co")
    assert kiosk.items("leadExhibitor_macau-tea-co"), "prefilled from I'm interested"
    assert kiosk.text("leadCountryName") == "Choose…", "no default country in English"

    form.focus("given_name")  # English asks the given name first
    assert form.keyboard_locale() == "en_GB"
    form.type("Maria")
    form.enter()
    form.type("Silva")
    form.enter()
    form.type("Porto Wines")
    form.enter()
    form.type("Buyer")
    form.enter()
    form.type("maria@example.pt")
    assert (form.text("given_name"), form.text("family_name")) == ("Maria", "Silva")
    assert (form.text("company"), form.text("job_title")) == ("Porto Wines", "Buyer")
    assert form.text("email") == "maria@example.pt"
    form.put_keyboard_away()

    form.scroll_to("leadField_matching")
    kiosk.tap("leadField_matching")
    form.scroll_to("matchingSlot_pm")
    kiosk.tap("matchingDay_2023-11-07")
    kiosk.tap("matchingSlot_pm")
    for purpose in (*REQUIRED, *OPTIONAL):
        form.tick(purpose)
    assert all(form.ticked(p) for p in (*REQUIRED, *OPTIONAL))
    form.submit()

    assert kiosk.app.screen == "thanks" and kiosk.exists("thanksScreen")
    [lead] = lead_rows(kiosk)
    assert (lead.name, lead.company, lead.job_title) == ("Maria Silva", "Porto Wines", "Buyer")
    assert (lead.family_name, lead.given_name) == ("Silva", "Maria")
    assert (lead.email, lead.language, lead.source) == ("maria@example.pt", "en", "kiosk")
    consents = consent_rows(kiosk)
    assert set(consents) == {*REQUIRED, *OPTIONAL}
    assert all(c.granted for c in consents.values())
    assert {(c.consent_version, c.language) for c in consents.values()} == {("2023-11-01", "en")}
    assert {c.kiosk_id for c in consents.values()} == {kiosk_id(kiosk.host.database.sessions)}
    with kiosk.host.database.sessions() as session:
        [picked] = session.query(LeadExhibitor).all()
        [meeting] = session.query(MatchingRequest).all()
    assert picked.exhibitor_ref == "macau-tea-co"
    assert (str(meeting.preferred_date), meeting.slot) == ("2023-11-07", "pm")


def test_a_pinyin_visitor_types_a_chinese_name_by_choosing_candidates(
    form: LeadFormDriver,
) -> None:
    kiosk = form.kiosk
    form.open("zh-Hans")
    assert kiosk.text("leadCountryName") == "中国", "the Simplified Chinese default country"
    form.focus("family_name")  # Chinese asks the family name first
    assert form.keyboard_locale() == "zh_CN"
    form.type("wang")
    form.choose("王")
    form.enter()
    form.type("xiao")
    form.choose("小")
    form.type("ming")
    form.choose("明")
    assert (form.text("family_name"), form.text("given_name")) == ("王", "小明")
    form.enter(4)  # company, job title, email: left empty
    assert kiosk.find("leadField_phone").hasActiveFocus()
    form.type("13812345678")
    form.put_keyboard_away()
    for purpose in REQUIRED:
        form.tick(purpose)
    form.submit()

    assert kiosk.app.screen == "thanks"
    [lead] = lead_rows(kiosk)
    assert (lead.name, lead.phone_e164, lead.country, lead.language) == (
        "王小明",
        "+8613812345678",
        "CN",
        "zh-Hans",
    )
    consents = consent_rows(kiosk)
    assert {p: c.granted for p, c in consents.items()} == {
        **dict.fromkeys(REQUIRED, True),
        **dict.fromkeys(OPTIONAL, False),
    }
    assert {c.language for c in consents.values()} == {"zh-Hans"}


def test_a_required_consent_left_unticked_is_explained_and_nothing_is_saved(
    form: LeadFormDriver,
) -> None:
    kiosk = form.kiosk
    form.open("pt")
    form.focus("given_name")
    form.type("Ana")
    form.enter(4)
    form.type("ana@example.pt")
    form.put_keyboard_away()
    form.tick(REQUIRED[0])
    form.tick(OPTIONAL[0])
    form.submit()

    assert kiosk.app.screen == "contact" and lead_count(kiosk) == 0
    assert form.error(f"consent.{REQUIRED[1]}") == (
        "Este consentimento é necessário: sem ele não podemos transmitir os seus dados para "
        "esta finalidade, pelo que o formulário não pode ser enviado."
    )
    assert form.error(f"consent.{REQUIRED[0]}") == ""
    assert kiosk.exists(f"consent_{REQUIRED[1]}"), "the box in question is scrolled into view"
    assert kiosk.text("leadSubmitHint") == "Verifique os campos assinalados a vermelho."
    assert form.text("given_name") == "Ana" and form.ticked(REQUIRED[0]), "nothing is lost"

    form.tick(REQUIRED[1])
    assert form.error(f"consent.{REQUIRED[1]}") == ""
    form.submit()
    assert kiosk.app.screen == "thanks" and lead_count(kiosk) == 1


def test_submit_shows_every_error_and_puts_the_focus_on_the_first(form: LeadFormDriver) -> None:
    kiosk = form.kiosk
    form.open("en")
    form.submit()
    assert form.error("given_name") == "Please enter your name."  # under the first name field
    message = "Please give an email address or a phone number so that we can reply."
    assert form.error("email") == message and form.error("phone") == message
    name = kiosk.find("leadField_given_name")
    kiosk.wait_until(lambda: name.hasActiveFocus())
    assert kiosk.find("inputPanel", visible=False).property("active"), "keyboard for the fix"
    assert lead_count(kiosk) == 0


def test_errors_show_when_the_visitor_leaves_a_field_and_go_when_it_is_right(
    form: LeadFormDriver,
) -> None:
    form.open("en")
    form.focus("given_name")
    form.enter(4)
    form.type("maria@")
    assert form.error("email") == "", "not while typing"
    form.put_keyboard_away()
    assert form.error("given_name") == "Please enter your name."
    assert form.error("email").startswith("Please check the email address")
    form.focus("email")
    form.type("example.pt")
    assert form.error("email") == "", "gone as soon as it is right"


def test_a_language_switch_retranslates_labels_and_errors_in_place(form: LeadFormDriver) -> None:
    kiosk = form.kiosk
    form.open("en")
    form.focus("given_name")
    form.type("Li")
    form.enter(4)
    form.type("li@")
    form.put_keyboard_away()
    title = kiosk.find("leadFormTitle", visible=False)  # scrolled up, out of view
    assert title.property("text") == "Business matching"
    assert kiosk.text("submitLeadButton") == "Send my details"
    assert form.error("email").startswith("Please check the email address")

    kiosk.tap("languageButton_zh-Hant")
    assert kiosk.app.screen == "contact"
    assert title.property("text") == "商業配對"
    assert kiosk.text("submitLeadButton") == "提交我的資料"
    assert form.error("email") == "請檢查電郵地址（例如 name@example.com）。"
    assert kiosk.text("leadCountryName") == "澳門", "the default country followed the language"
    assert kiosk.text(f"consent_{REQUIRED[0]}") == "同意將我的資料提供予我所選擇的參展商。"
    assert form.text("given_name") == "Li" and form.text("email") == "li@", "inputs untouched"
    # (scrolled out of view above: the email field and its error stay clear of the keyboard)
    family_label = kiosk.find("leadFieldLabel_family_name", visible=False)
    assert family_label.property("text") == "姓", "the family name comes first"

    kiosk.tap("languageButton_pt")
    assert title.property("text") == "Encontros de negócios"
    assert form.error("email").startswith("Verifique o endereço de e-mail")


def test_idle_reset_in_the_middle_of_the_form_wipes_everything_and_saves_nothing(
    form: LeadFormDriver,
) -> None:
    kiosk = form.kiosk
    form.open("zh-Hant", exhibitor="vinhos-do-porto")
    form.focus("family_name")
    form.type("弓中木田")  # Cangjie NLDW
    form.choose("陳")
    form.enter(2)
    form.type("廿人木")  # TOD
    form.choose("茶")
    form.put_keyboard_away()
    assert (form.text("family_name"), form.text("company")) == ("陳", "茶")
    form.tick(REQUIRED[0])
    form.scroll_to("sector_food-beverage")
    kiosk.tap("sector_food-beverage")
    assert not form.bridge.property("empty")

    kiosk.host.idle.set_timeouts(0.3, 1)
    kiosk.wait_until(lambda: kiosk.app.screen == "attract", timeout_ms=8000)
    kiosk.host.idle.set_timeouts(3600, 20)
    assert lead_count(kiosk) == 0
    bridge = form.bridge
    assert bridge.property("empty")
    assert all(v == "" for v in bridge.property("values").values())
    assert bridge.property("consents") == {} and bridge.property("exhibitors") == []
    assert bridge.property("selectedSectors") == [] and bridge.property("errors") == {}

    kiosk.wait_until(lambda: kiosk.exists("attractScreen"))
    kiosk.settle()
    kiosk.tap("attractScreen")
    kiosk.tap("homeTile_contact")
    kiosk.tap("ageOldEnough")  # the next visitor is asked their age again
    fields = ("family_name", "given_name", "company", "email", "phone", "message")
    assert all(form.text(f) == "" for f in fields)
    assert not any(form.ticked(p) for p in (*REQUIRED, *OPTIONAL))
    assert not kiosk.items("leadExhibitor_vinhos-do-porto")
    assert kiosk.text("leadCountryName") == "Choose…", "back to English, no country"


def test_thank_you_shows_the_organiser_and_goes_home_by_itself(form: LeadFormDriver) -> None:
    kiosk = form.kiosk
    form.bridge.thanks_seconds = 2
    form.open("zh-Hant")
    form.fill(family_name="陳", given_name="大文", phone="6612 3456")
    form.submit()
    assert kiosk.app.screen == "thanks"
    assert kiosk.text("thanksTitle") == "謝謝！"
    assert kiosk.text("thanksOrganizer") == "澳門貿易投資促進局"
    assert "澳門貿易投資促進局" in kiosk.text("thanksWithdraw")
    assert "info@example.org" in kiosk.visible_texts()
    assert [e["screen"] for e in kiosk.app.stack] == ["home", "thanks"], "Back goes Home"
    assert lead_rows(kiosk)[0].phone_e164 == "+85366123456", "Macao, the default country"
    kiosk.wait_until(lambda: kiosk.app.screen == "home", timeout_ms=5000)


def test_thank_you_slides_over_the_filled_form_which_is_wiped_once_covered(
    form: LeadFormDriver,
) -> None:
    """No frame shows the sent form emptied: the visitor would think their details were lost."""
    kiosk = form.kiosk
    form.open("en")
    form.fill(given_name="Ana", family_name="Lopes", email="ana@example.org")
    kiosk.host.set_motion_scale(1.0)
    kiosk.tap("submitLeadButton", settle=False)
    names = []
    for _ in range(80):
        fields = [i for i in kiosk.items("leadField_given_name") if i.isVisible()]
        names += [str(i.property("text")) for i in fields]
        if kiosk.exists("thanksScreen") and not fields:
            break
        kiosk.qtbot.wait(8)
    kiosk.host.set_motion_scale(TEST_MOTION)
    assert names, "the form was sampled while Thank you slid over it"
    assert set(names) == {"Ana"}
    kiosk.wait_until(lambda: form.bridge.property("empty"))
    assert lead_rows(kiosk)[0].name == "Ana Lopes"


@pytest.mark.parametrize("leave", ["thanksTapArea", "thanksHomeButton", "countdown"])
def test_after_thank_you_the_next_visitor_starts_fresh_at_home(
    form: LeadFormDriver, leave: str
) -> None:
    """Whatever the visitor changed is gone: language, search, filters, the form; Back has
    nothing of theirs behind Home."""
    kiosk = form.kiosk
    catalog = kiosk.host.bridges["directoryPage"]
    form.open("en")
    kiosk.app.go("directory")
    kiosk.settle()
    catalog.setSearchText("vinho")
    catalog.toggleCountry("PT")
    assert catalog.countryFilter == "PT"
    kiosk.app.go("contact")
    kiosk.settle()
    form.fill(given_name="Ana", email="ana@example.org")
    kiosk.tap("languageButton_pt")
    form.submit()
    assert kiosk.app.screen == "thanks" and kiosk.app.language == "pt"
    if leave == "countdown":
        form.bridge.thanks_seconds = 1
        kiosk.find("thanksScreen").setProperty("secondsLeft", 1)
        kiosk.wait_until(lambda: kiosk.app.screen == "home", timeout_ms=5000)
        kiosk.settle()
    else:
        kiosk.tap(leave)
    assert kiosk.app.screen == "home" and [e["screen"] for e in kiosk.app.stack] == ["home"]
    assert kiosk.app.language == "en"
    assert catalog.searchText == "" and catalog.countryFilter == ""
    kiosk.tap("homeTile_contact")
    assert form.text("given_name") == "" and not form.ticked(REQUIRED[0])


def test_the_focused_field_stays_above_the_keyboard(form: LeadFormDriver) -> None:
    kiosk = form.kiosk
    form.open("en")
    form.focus("given_name")
    form.enter(5)  # family name, company, job title, email, phone
    for field in ("phone", "message"):
        if field == "message":
            form.enter()
        item = kiosk.find(f"leadField_{field}", visible=False)
        kiosk.wait_until(lambda item=item: item.hasActiveFocus())
        kiosk.settle(300)
        keyboard = kiosk.find("keyboardLoader", visible=False)
        panel_top = keyboard.property("item").property("keyboardTop")  # where the keys begin
        top = keyboard.mapToScene(QPointF(0, panel_top)).y()
        rect = item.mapRectToScene(QRectF(0, 0, item.width(), item.height()))
        assert rect.bottom() <= top and rect.top() >= kiosk.find("screenStack").y(), field
        assert kiosk.exists(f"leadField_{field}")


def test_the_accessibility_button_never_hides_the_focused_field(form: LeadFormDriver) -> None:
    """It sits low on the left (on the visitor's footer, which gives its room to the keyboard
    while that is up): wherever it is, a field being typed in stays clear of it."""
    kiosk = form.kiosk
    form.open("en")
    form.focus("given_name")
    for field in ("given_name", "family_name", "company", "job_title", "email", "phone"):
        item = kiosk.find(f"leadField_{field}", visible=False)
        kiosk.wait_until(lambda item=item: item.hasActiveFocus())
        kiosk.settle(300)
        button = kiosk.find("accessibilityButton", visible=False)
        if not (button.isVisible() and button.parentItem().height() > 0):
            form.enter()
            continue  # the keyboard took the footer's room
        covered = button.mapRectToScene(QRectF(0, 0, button.width(), button.height()))
        rect = item.mapRectToScene(QRectF(0, 0, item.width(), item.height()))
        assert not rect.intersects(covered), field
        form.enter()


def test_the_message_counter_follows_the_text(form: LeadFormDriver) -> None:
    kiosk = form.kiosk
    form.open("en")
    form.scroll_to("messageCounter")
    form.bridge.setValue("message", "  hello ")
    assert kiosk.text("messageCounter") == "5 / 500"
    form.bridge.setValue("message", "x" * 501)
    form.bridge.leave("message")
    assert kiosk.text("messageCounter") == "501 / 500"
    assert form.error("message") == "Please shorten your message to 500 characters (it has 501)."


def test_im_interested_on_an_exhibitor_opens_the_form_with_it(form: LeadFormDriver) -> None:
    kiosk = form.kiosk
    kiosk.tap("attractScreen")
    kiosk.app.go("exhibitor", "vinhos-do-porto")
    kiosk.settle()
    kiosk.tap("interestedButton")
    kiosk.tap("ageOldEnough")
    assert kiosk.app.screen == "contact" and kiosk.exists("submitLeadButton")
    assert [e["id"] for e in form.bridge.property("exhibitors")] == ["vinhos-do-porto"]
    kiosk.tap("backButton")
    assert kiosk.app.screen == "exhibitor"
    kiosk.app.go("exhibitor", "macau-tea-co")
    kiosk.settle()
    kiosk.tap("interestedButton")
    assert [e["id"] for e in form.bridge.property("exhibitors")] == [
        "vinhos-do-porto",
        "macau-tea-co",
    ], "several, in the order chosen; what was typed is kept"


def test_the_keyboard_does_not_learn_what_a_visitor_types_for_the_next_one(
    form: LeadFormDriver,
) -> None:
    """Pinyin learns a phrase built from chosen candidates and offers it near the top next time;
    on a shared kiosk that would show one visitor's name to the next. The form's fields are
    sensitive data, so the phrase is not learnt."""
    form.open("zh-Hans")
    form.focus("family_name")
    form.type("shishishi")
    for rank in (5, 6, 7):  # an odd phrase, one syllable at a time, as no dictionary ranks it
        singles = [c for c in form.candidates() if len(c) == 1]
        form.choose(singles[rank])
    unlikely = form.text("family_name")
    assert len(unlikely) == 3

    form.enter()  # the given name field: the same spelling again
    form.type("shishishi")
    assert unlikely not in form.candidates(), "the previous visitor's phrase is offered"


def test_the_chosen_exhibitors_questions_are_asked_and_their_answers_stored(
    form: LeadFormDriver,
) -> None:
    from kiosk.data.models import LeadAnswer

    kiosk = form.kiosk
    form.open("en", exhibitor="macau-tea-co")
    assert not kiosk.items("leadQuestions_vinhos-do-porto"), "not chosen: not asked"
    form.bridge.addExhibitor("vinhos-do-porto")
    kiosk.settle()
    form.scroll_to("leadQuestions_vinhos-do-porto")
    assert "Questions from Porto Wines" in kiosk.visible_texts()
    assert not kiosk.items("leadQuestions_macau-tea-co"), "an exhibitor that asks nothing"
    form.fill(given_name="Ana", email="ana@example.org")
    form.submit()
    field = "answer.vinhos-do-porto:buyer"
    assert kiosk.app.screen == "contact" and lead_count(kiosk) == 0
    assert form.error(field) == "Please answer this question."

    form.scroll_to(f"answer_{field}=retail")
    kiosk.tap(f"answer_{field}=importer")
    kiosk.tap(f"answer_{field}=retail")  # one choice: the second replaces the first
    assert form.bridge.property("answers")[field] == "retail"
    assert form.error(field) == ""
    form.focus("answer.vinhos-do-porto:volume")
    form.type("500 cases")
    form.put_keyboard_away()
    kiosk.tap("languageButton_zh-Hant")
    assert kiosk.text(f"answer_{field}=retail") == "零售", "choices follow the language"
    form.submit()

    assert kiosk.app.screen == "thanks"
    with kiosk.host.database.sessions() as session:
        stored = session.query(LeadAnswer.exhibitor_ref, LeadAnswer.question_ref, LeadAnswer.value)
        assert sorted(stored.all()) == [
            ("vinhos-do-porto", "buyer", "retail"),
            ("vinhos-do-porto", "volume", "500 cases"),
        ]
