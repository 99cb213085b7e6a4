"""``kiosk doctor`` fails while the booth is not ready for visitors: no staff PIN yet (staff
mode cannot be opened), or the bundled sample pack still shown instead of the event's own."""

from __future__ import annotations

import pytest
from factories import make_event

from kiosk.cli import main
from kiosk.config import Settings
from kiosk.data.database import Database
from kiosk.services.staff_pin import ScryptParams, StaffPin
from kiosk.services.startup import ensure_content, sample_event_id


def doctor(settings: Settings, capsys: pytest.CaptureFixture) -> tuple[int, str]:
    code = main(["--data-dir", str(settings.data_dir), "doctor", "--no-qt"])
    return code, capsys.readouterr().out


@pytest.mark.parametrize("pin_set", [False, True], ids=["no PIN", "PIN set"])
@pytest.mark.parametrize("content", ["sample", "event"])
def test_doctor_fails_without_a_pin_and_on_the_sample_pack(
    database: Database,
    settings: Settings,
    capsys: pytest.CaptureFixture,
    pin_set: bool,
    content: str,
) -> None:
    if content == "sample":
        ensure_content(database, settings)
    else:
        make_event(database.sessions)
    if pin_set:
        StaffPin(database.sessions, params=ScryptParams(log2_n=8)).set_pin("480213", actor="cli")

    code, out = doctor(settings, capsys)

    words = " ".join(out.split())  # the name column's width follows the longest check name
    pin_line = "FAIL staff no staff PIN set: staff mode cannot be opened on this kiosk"
    assert (pin_line in words) is not pin_set, out
    assert ("fix: kiosk set-pin" in out) is not pin_set
    assert ("ok staff PIN set" in words) is pin_set
    sample = f"the bundled sample pack (event {sample_event_id()}) is still loaded"
    assert (sample in out) is (content == "sample"), out
    assert (code != 0) is (not pin_set or content == "sample")
