"""Staff mode's screens in every language, as PNG files, rendered on a throwaway kiosk.

Why a throwaway and not the configured database: entering staff mode needs the PIN. Asking the
operator for the real one would put it in a script or a shell history; lifting or bypassing the
check would be a way round it that ships in the product. And the real database holds visitors'
names and contacts, which must not end up in pictures made for review and the README, and its
audit log would record a staff login for every run. So each run builds a temporary data folder:
the bundled sample pack (as ``kiosk run`` loads on an empty kiosk), a handful of made-up leads
saved through the real capture service, a random PIN the tool sets itself and types on the pad
(through the real check), and a central pool in a SQLite file beside it so the sync panel shows
too. The real database, PIN and pool are never opened; the folder is deleted afterwards.
"""

from __future__ import annotations

import json
import secrets
import shutil
import tempfile
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

from kiosk.config import Settings, sqlite_url
from kiosk.data.database import open_database
from kiosk.data.types import utcnow
from kiosk.errors import KioskError
from kiosk.services.startup import ensure_content

# Pictures show settled screens, not motion: the shell's animations run at a tenth of their
# length while a tour (this one and the visitor screens') waits for them (Theme.motionScale).
MOTION_SCALE = 0.1
NO_PIN = "staff-no-pin"  # no PIN set yet: staff mode is not set up
PIN = "staff-pin"  # the pad, three digits typed
SECTION_SHOTS = {  # shot → dashboard section
    "staff-overview": "overview",
    "staff-export": "export",
    "staff-export-failed": "export",
    "staff-wipe": "wipe",
    "staff-wipe-keyboard": "wipe",
    "staff-content": "content",
    "staff-content-problems": "content",
    "staff-settings": "settings",
    "staff-settings-keyboard": "settings",
    "staff-audit": "audit",
    "staff-sync": "sync",
}
STAFF_SHOTS: tuple[str, ...] = (NO_PIN, PIN, *SECTION_SHOTS)
KEYBOARD_FIELDS = {
    "staff-wipe-keyboard": "wipePhraseField",
    "staff-settings-keyboard": "kioskIdField",
}
SAMPLE_LEADS = 12
PEOPLE = (  # name, language of the form, country
    ("陳大文", "zh-Hant", "MO"),
    ("Ana Sofia Pereira", "pt", "PT"),
    ("李小龙", "zh-Hans", "CN"),
    ("John Smith", "en", "GB"),
    ("João Gonçalves", "pt", "BR"),
    ("王芳", "zh-Hans", "CN"),
)

Grab = Callable[[str, str], None]  # (shot, language): settle, save, report


def render_staff(
    settings: Settings,
    names: list[str],
    tags: list[str],
    size: tuple[int, int],
    grab_into: Callable[[object, object], Grab],
    *,
    content: Path | None = None,
) -> None:
    """Render ``names`` (each of STAFF_SHOTS) in ``tags`` on a throwaway kiosk (see above),
    showing ``content`` (a pack or workbook) if given, else the sample pack.

    ``grab_into(app, host)`` returns the function that settles the window and saves one shot.
    """
    from PySide6.QtGui import QGuiApplication

    from kiosk.ui.window import KioskWindowHost

    app = QGuiApplication.instance()
    with tempfile.TemporaryDirectory(prefix="kiosk-staff-shots-") as folder:
        root = Path(folder)
        sandbox = Settings(
            data_dir=root / "data",
            central_database_url=sqlite_url(root / "pool.db"),
            idle_timeout_s=settings.idle_timeout_s,
            idle_countdown_s=settings.idle_countdown_s,
            windowed=True,
            hide_cursor=False,
        )
        database = open_database(sandbox)
        try:
            ensure_content(database, sandbox, pack_dir=content)
            add_sample_leads(database.sessions)
            host = KioskWindowHost(sandbox, database=database)
            try:
                host.load()
                host.set_motion_scale(MOTION_SCALE)
                host.window.resize(*size)
                host.idle.set_timeouts(24 * 3600, settings.idle_countdown_s)
                _StaffTour(app, host, root, grab_into(app, host)).run(names, tags)
                problems = host.problems()
                if problems:
                    raise KioskError(
                        "QML reported problems while rendering:\n" + "\n".join(problems)
                    )
            finally:
                host.close()
        finally:
            database.dispose()


def add_sample_leads(sessions: object, count: int = SAMPLE_LEADS) -> None:
    """A handful of made-up visitors over the last hours, through the real capture service,
    and their taps on exhibitors, so the figures, charts and export and wipe counts show."""
    from kiosk.domain.leads.validation import LeadDraft
    from kiosk.services.analytics import AnalyticsRecorder
    from kiosk.services.identity import kiosk_id
    from kiosk.services.leads import active_lead_rules, submit_lead

    rules = active_lead_rules(sessions)
    if rules is None:
        return
    kiosk = kiosk_id(sessions)  # this kiosk's own leads, as the sync panel expects
    # Exhibitors whose questions may be left unanswered (a made-up visitor answers none).
    exhibitors = [
        e
        for e in sorted(rules.exhibitor_ids or ())
        if not any(q.required for q in rules.questions.get(e, ()))
    ][:6] or [""]
    sectors = sorted(rules.sector_ids or ())[:4] or [""]
    taps = AnalyticsRecorder(sessions, kiosk, rules.event_id)
    now = utcnow()
    for i in range(count):
        name, language, country = PEOPLE[i % len(PEOPLE)]
        picked = exhibitors[i % len(exhibitors) :][:2]
        draft = LeadDraft(
            name=f"{name} {i + 1}",
            company="Lusa Trading Lda" if i % 2 else "澳門貿易有限公司",
            email=f"visitor{i + 1}@example.com",
            country=country,
            sectors=[s for s in sectors[i % len(sectors) :][:1] if s],
            exhibitors=[e for e in picked if e],
            consents={p.id: p.required or i % 4 != 3 for p in rules.consent.purposes},
        )
        at = now - timedelta(minutes=23 * (count - i))  # spread over the last hours
        submit_lead(sessions, draft, rules=rules, kiosk_id=kiosk, language=language, now=at)
        for exhibitor in [e for e in picked if e] * (1 + i % 3):
            taps.record("view", exhibitor, language)
    taps.flush()


def _new_pin() -> str:
    """A random PIN the staff policy accepts (no runs, no repeats)."""
    from kiosk.services.staff_pin import pin_problem_code

    while True:
        pin = "".join(secrets.choice("0123456789") for _ in range(6))
        if pin_problem_code(pin) is None:
            return pin


class _StaffTour:
    """Walks the throwaway kiosk through staff mode, taking each wanted shot in each language."""

    def __init__(self, app: object, host: object, root: Path, grab: Grab) -> None:
        self.app, self.host, self.root, self.grab = app, host, root, grab
        self.staff = host.staff_bridge
        self.language = host.app_bridge.setLanguage

    def run(self, names: list[str], tags: list[str]) -> None:
        from kiosk.services.staff_pin import StaffPin

        pin = _new_pin()
        self.staff.openAccess()  # no PIN yet: the notice that staff mode is not set up
        for tag in tags if NO_PIN in names else ():
            self.language(tag)
            self.grab(NO_PIN, tag)
        self.staff.cancelPin()
        StaffPin(self.host.database.sessions).set_pin(pin, actor="screenshots")
        self.staff.openAccess()
        for digit in pin[:3]:
            self.staff.pressDigit(digit)
        for tag in tags if PIN in names else ():
            self.language(tag)
            self.grab(PIN, tag)
        for digit in pin[3:]:
            self.staff.pressDigit(digit)
        self.staff.submitPin()
        self._wait(lambda: self.staff.stage == "dashboard" and not self.staff.runner.busy)
        if self.staff.stage != "dashboard":
            raise KioskError("staff screenshots: the throwaway PIN did not open staff mode")
        for tag in tags:
            self.language(tag)
            for name in (n for n in SECTION_SHOTS if n in names):
                self._prepare(name)
                self.grab(name, tag)
                self._tidy(name)

    def _prepare(self, name: str) -> None:
        self.staff.showSection(SECTION_SHOTS[name])
        self._idle()
        if name == "staff-export-failed":
            self._fail_an_export()
        elif name == "staff-content-problems":
            self.staff.content.check(str(self._broken_pack()))
        elif name in KEYBOARD_FIELDS:
            self._open_keyboard(KEYBOARD_FIELDS[name])
        self._idle()

    def _tidy(self, name: str) -> None:
        """Leave the panel as a new staff session finds it, for the next language's shots."""
        if name == "staff-export-failed":
            self.staff.exports.start_over()
        elif name == "staff-content-problems":
            self.staff.contentPacks.start_over()
        elif name in KEYBOARD_FIELDS:
            from PySide6.QtGui import QGuiApplication

            QGuiApplication.inputMethod().hide()
            self.staff.showSection("overview")  # the next panel loads with the focus cleared
            self._idle()

    def _fail_an_export(self) -> None:
        """An export to a folder that went away (a stick pulled out), all formats chosen."""
        gone = self.root / "usb-stick"
        gone.mkdir(exist_ok=True)
        exports = self.staff.exporter
        exports.chooseFolder(str(gone))
        for name in ("csv", "xlsx"):
            exports.setFormat(name, True)
        gone.rmdir()
        exports.start()

    def _broken_pack(self) -> Path:
        """A copy of the sample pack with a few typical mistakes."""
        from kiosk.resources import sample_pack_dir

        pack = self.root / "broken-pack"
        if not pack.exists():
            shutil.copytree(sample_pack_dir(), pack)
            path = pack / "content.json"
            data = json.loads(path.read_text(encoding="utf-8"))
            first = data["exhibitors"][0]
            first.pop("name", None)
            first["country"] = "Macau"
            first["logo"] = "images/missing-logo.png"
            first.setdefault("contact", {})["email"] = "sales@"
            data["exhibitors"][1]["pavillion"] = "food"
            path.write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")
        return pack

    def _open_keyboard(self, field_name: str) -> None:
        """Tap the field as staff would; wait until the keyboard has slid in."""
        from PySide6.QtCore import QObject, QPointF, Qt
        from PySide6.QtTest import QTest

        window = self.host.window
        field = window.findChild(QObject, field_name)
        if field is None:
            raise KioskError(f"staff screenshots: no text field {field_name!r} on the panel")
        window.requestActivate()
        centre = field.mapToScene(QPointF(field.width() / 2, field.height() / 2)).toPoint()
        QTest.mouseClick(window, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, centre)
        panel = window.findChild(QObject, "inputPanel")
        self._wait(lambda: panel is not None and bool(panel.property("active")), 10.0)
        self._wait(lambda: False, 0.6)  # the slide-in animation

    def _idle(self) -> None:
        self._wait(lambda: not self.staff.runner.busy)

    def _wait(self, done: Callable[[], bool], timeout_s: float = 30.0) -> None:
        from kiosk.ui.screenshots import wait_for

        wait_for(self.app, done, timeout_s)
