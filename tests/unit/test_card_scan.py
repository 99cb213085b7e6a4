"""Cards a scanner types into the lead form: vCard, MECARD, a bare email; anything else is None."""

from __future__ import annotations

import encodings.aliases

import pytest
import vobject
from hypothesis import given, settings
from hypothesis import strategies as st

from kiosk.domain.card_scan import FIELD_MAX, SCAN_MAX, CardFields, parse_card
from kiosk.domain.leads import LeadDraft, validate_lead

VCARD_3 = (
    "BEGIN:VCARD\r\n"
    "VERSION:3.0\r\n"
    "N:Chan;Tai Man;;Mr.;\r\n"
    "FN:Chan Tai Man\r\n"
    "ORG:Macau Tea Co.\\, Ltd.;Sales\r\n"
    "TITLE:Sales Manager\r\n"
    "TEL;TYPE=WORK,VOICE:+853 2871 0300\r\n"
    "TEL;TYPE=CELL:+853 6612 3456\r\n"
    "item1.EMAIL;TYPE=INTERNET:chan@example.mo\r\n"
    "item1.X-ABLabel:work\r\n"
    "NOTE:A long note that is folded over\r\n"
    "  two lines\r\n"
    "END:VCARD\r\n"
)

VCARD_4 = (
    "BEGIN:VCARD\n"
    "VERSION:4.0\n"
    "FN:Ana Silva\n"
    "ORG:Vinhos do Porto SA\n"
    'TEL;VALUE=uri;TYPE="voice,work":tel:+351-21-123-4567\n'
    'TEL;VALUE=uri;PREF=1;TYPE="cell":tel:+351-912-345-678;ext=12\n'
    "EMAIL;TYPE=home:ana.home@example.pt\n"
    "EMAIL;PREF=1;TYPE=work:ana@vinhos.example.pt\n"
    "END:VCARD"
)

VCARD_21_QP = (
    "BEGIN:VCARD\r\n"
    "VERSION:2.1\r\n"
    "N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=E9=99=B3;=E5=A4=A7=E6=96=87;;;\r\n"
    "ORG;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=E6=BE=B3=E9=96=80=E8=8C=97=E8=8C=B6=\r\n"
    "=E5=85=AC=E5=8F=B8\r\n"
    "TEL;CELL:66123456\r\n"
    "PHOTO;ENCODING=BASE64;TYPE=JPEG:/9j/4AAQSkZJRgABAQ==\r\n"
    "END:VCARD\r\n"
)


def test_vcard_3() -> None:
    assert parse_card(VCARD_3) == CardFields(
        "vcard",
        name="Chan Tai Man",
        family_name="Chan",
        given_name="Tai Man",
        company="Macau Tea Co., Ltd.",
        job_title="Sales Manager",
        email="chan@example.mo",
        phone="+853 6612 3456",  # the mobile rather than the switchboard
    )


def test_vcard_4_prefers_pref_and_reads_tel_uris() -> None:
    card = parse_card(VCARD_4)
    assert card is not None
    assert (card.name, card.company) == ("Ana Silva", "Vinhos do Porto SA")
    assert (card.email, card.phone) == ("ana@vinhos.example.pt", "+351-912-345-678")


def test_vcard_2_1_quoted_printable_chinese_name_from_n() -> None:
    card = parse_card(VCARD_21_QP)
    assert card is not None
    assert (card.name, card.company, card.phone) == ("陳大文", "澳門茗茶公司", "66123456")


@pytest.mark.parametrize("newline", ["\r", "\n", "\r\n"])
def test_any_line_ending_a_scanner_sends(newline: str) -> None:
    text = newline.join(
        ["BEGIN:VCARD", "VERSION:3.0", "FN:Li Wei", "EMAIL:li@example.cn", "END:VCARD"]
    )
    card = parse_card(text)
    assert card is not None and (card.name, card.email) == ("Li Wei", "li@example.cn")


def test_a_vcard_written_by_vobject() -> None:
    card = vobject.vCard()
    card.add("n").value = vobject.vcard.Name(family="Souza", given="João")
    card.add("fn").value = "João Souza"
    card.add("org").value = ["Café Brasil; Ltda"]
    card.add("title").value = "Diretor, Comercial"
    card.add("email").value = "joao@cafe.example.com.br"
    tel = card.add("tel")
    tel.value = "+55 11 91234-5678"
    tel.type_param = "CELL"
    parsed = parse_card(card.serialize())
    assert parsed == CardFields(
        "vcard",
        name="João Souza",
        family_name="Souza",
        given_name="João",
        company="Café Brasil; Ltda",
        job_title="Diretor, Comercial",
        email="joao@cafe.example.com.br",
        phone="+55 11 91234-5678",
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "MECARD:N:Chan,Tai Man;TEL:+85366123456;EMAIL:chan@example.mo;;",
            {
                "name": "Tai Man Chan",
                "family_name": "Chan",
                "given_name": "Tai Man",
                "phone": "+85366123456",
                "email": "chan@example.mo",
            },
        ),
        (
            "MECARD:N:陳,大文;ORG:澳門茗茶\\;有限公司;TEL:66123456;TEL:28710300;",
            {
                "name": "陳大文",
                "family_name": "陳",
                "given_name": "大文",
                "company": "澳門茗茶;有限公司",
                "phone": "66123456",
            },
        ),
        (
            "mecard:N:Li Wei;EMAIL:li\\:wei@example.cn",
            {"name": "Li Wei", "family_name": "Li Wei", "email": "li:wei@example.cn"},
        ),
        (
            "MECARD:N:Ana;TITLE:CEO;URL:https\\://x.pt;;",
            {"name": "Ana", "family_name": "Ana", "job_title": "CEO"},
        ),
    ],
)
def test_mecard(text: str, expected: dict[str, str]) -> None:
    card = parse_card(text)
    assert card is not None and card.kind == "mecard"
    assert card.form_values() == expected


@pytest.mark.parametrize(
    "text",
    [
        "chan@example.mo",
        "  chan@example.mo\r",
        "mailto:chan@example.mo?subject=Hello",
        "ｃｈａｎ＠ｅｘａｍｐｌｅ．ｍｏ",
    ],
)
def test_a_bare_email(text: str) -> None:
    card = parse_card(text)
    assert card is not None and card.kind == "email"
    assert card.form_values().keys() == {"email"}


@pytest.mark.parametrize(
    "text",
    [
        "",
        "hello",
        "66123456",
        "https://example.com/",
        "not an @ address",
        "BEGIN:VCARD\nVERSION:3.0\nEND:VCARD",
        "BEGIN:VCARD\nPHOTO;ENCODING=b:AAAA\nEND:VCARD",
        "MECARD:;;",
        "WIFI:T:WPA;S:expo;P:secret;;",
    ],
)
def test_what_is_not_a_card(text: str) -> None:
    assert parse_card(text) is None


def test_a_scanned_card_fills_a_valid_form() -> None:
    from test_lead_validation import RULES, TICKED

    card = parse_card(VCARD_3)
    assert card is not None
    lead = validate_lead(LeadDraft(**card.form_values(), consents=TICKED), RULES)
    assert lead.phone is not None and lead.phone.e164 == "+85366123456"


_prefix = st.sampled_from(
    [
        "",
        "BEGIN:VCARD\r\n",
        "MECARD:",
        "mailto:",
        "BEGIN:VCARD\nFN;ENCODING=QUOTED-PRINTABLE;CHARSET=x:",
    ]
)


@settings(max_examples=500, deadline=None)
@given(_prefix, st.text(max_size=600))
def test_any_scanner_input_gives_a_card_or_none(prefix: str, body: str) -> None:
    card = parse_card(prefix + body)
    if card is not None:
        assert card.form_values()
        assert all(isinstance(v, str) and len(v) <= FIELD_MAX for v in card.form_values().values())


# Every codec name Python knows, text encodings or not, and names it does not know.
_CHARSETS = sorted(
    set(encodings.aliases.aliases)
    | set(encodings.aliases.aliases.values())
    | {
        "undefined",
        "rot13",
        "hex",
        "base64",
        "zlib",
        "bz2",
        "uu",
        "quopri",
        "idna",
        "punycode",
        "unicode_escape",
        "raw_unicode_escape",
        "utf-7",
        "utf-16",
        "utf-32",
        "charmap",
        "mbcs",
        "oem",
        "x-unknown",
        "",
        '"',
        "utf-8;x",
    }
)
_card_line = st.builds(
    "{}{}:{}".format,
    st.sampled_from(["N", "FN", "ORG", "TITLE", "EMAIL", "TEL", "item1.TEL", "PHOTO", "NOTE"]),
    st.lists(
        st.one_of(
            st.sampled_from(_CHARSETS).map(";CHARSET={}".format),
            st.sampled_from(["QUOTED-PRINTABLE", "B", "BASE64", "8BIT", "x"]).map(
                ";ENCODING={}".format
            ),
            st.sampled_from([";TYPE=CELL", ";PREF=1", ";CELL", ";", ';TYPE="a,b"']),
        ),
        max_size=3,
    ).map("".join),
    st.one_of(
        st.text(max_size=40),
        st.lists(st.sampled_from(["=41", "=B3", "=AF", "=", "=\r\n", "=ZZ", "\\", ";", "A"])).map(
            "".join
        ),
    ),
)


@settings(max_examples=400, deadline=None)
@given(st.sampled_from(["2.1", "3.0", "4.0", "x"]), st.lists(_card_line, max_size=6))
def test_any_vcard_line_with_any_charset_gives_a_card_or_none(
    version: str, lines: list[str]
) -> None:
    text = "\r\n".join(["BEGIN:VCARD", f"VERSION:{version}", *lines, "END:VCARD"])
    card = parse_card(text)
    assert card is None or all(len(v) <= FIELD_MAX for v in card.form_values().values())


@settings(max_examples=300, deadline=None)
@given(st.sampled_from([b"", b"BEGIN:VCARD\r\n", b"MECARD:", b"mailto:"]), st.binary(max_size=400))
def test_any_bytes_give_a_card_or_none(prefix: bytes, body: bytes) -> None:
    for data in (prefix + body, bytearray(prefix + body), memoryview(prefix + body)):
        card = parse_card(data)
        assert card is None or card.form_values()


def test_a_quoted_printable_name_in_an_undefined_charset_is_read_as_utf8() -> None:
    card = parse_card(
        "BEGIN:VCARD\r\nVERSION:2.1\r\nN;CHARSET=undefined;ENCODING=QUOTED-PRINTABLE:=41\r\n"
        "END:VCARD"
    )
    assert card is not None and card.name == "A"


def test_a_quoted_printable_name_in_big5_bytes_is_read_in_big5() -> None:
    card = parse_card(
        b"BEGIN:VCARD\r\nVERSION:2.1\r\nN;CHARSET=BIG5;ENCODING=QUOTED-PRINTABLE:=B3=AF;=A4j=A4=E5\r\n"
        b"END:VCARD"
    )
    assert card is not None and card.name == "陳大文"


def test_input_longer_than_any_card_is_none() -> None:
    assert parse_card("a@example.com" + " " * SCAN_MAX) is None
