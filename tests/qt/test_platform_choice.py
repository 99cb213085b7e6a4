"""Which Qt platform the kiosk asks for: under a Wayland compositor with Xwayland (cage, GNOME)
it runs as an X11 client, because Qt Virtual Keyboard refuses to run in a Wayland client and
the on-screen keyboard is the booth's only keyboard."""

from __future__ import annotations

import sys

import pytest

from kiosk.ui.app import prepare_environment


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Wayland is Linux's")
@pytest.mark.parametrize(
    ("env", "platform"),
    [
        ({"WAYLAND_DISPLAY": "wayland-0", "DISPLAY": ":0"}, "xcb"),  # cage with Xwayland
        ({"WAYLAND_DISPLAY": "wayland-0"}, None),  # no Xwayland: Qt's own choice
        ({"DISPLAY": ":0"}, None),  # plain X11
        ({"WAYLAND_DISPLAY": "wayland-0", "DISPLAY": ":0", "QT_QPA_PLATFORM": "eglfs"}, "eglfs"),
    ],
)
def test_a_wayland_session_with_xwayland_runs_the_kiosk_under_x11(env, platform) -> None:
    env = dict(env)
    prepare_environment(env)
    assert env.get("QT_QPA_PLATFORM") == platform
    assert env["QT_IM_MODULE"] == "qtvirtualkeyboard"
