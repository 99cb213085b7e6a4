"""``kiosk doctor`` proves the Basic style and the virtual keyboard load, and says when not."""

from __future__ import annotations

import pytest

from kiosk.ui import diagnostics


def test_the_kiosk_qml_modules_load(qapp) -> None:
    name, ok, detail, _fix = diagnostics._qml_modules_check()
    assert (name, ok) == ("qml modules", True), detail


def test_a_module_that_does_not_load_is_reported(qapp, monkeypatch: pytest.MonkeyPatch) -> None:
    probe = diagnostics._QML_PROBE.replace(
        b"import QtQuick.VirtualKeyboard", b"import QtQuick.VirtualKeyboard\nimport QtQuick.Gone"
    )
    monkeypatch.setattr(diagnostics, "_QML_PROBE", probe)
    _name, ok, detail, fix = diagnostics._qml_modules_check()
    assert not ok
    assert "QtQuick.Gone" in detail and "not installed" in detail
    assert "reinstall" in fix
