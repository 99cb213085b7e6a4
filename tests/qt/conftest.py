"""Qt tests run offscreen; the platform is chosen in tests/conftest.py before Qt loads."""

from __future__ import annotations

import os

assert os.environ.get("QT_QPA_PLATFORM"), "tests/conftest.py must select the offscreen platform"
os.environ.setdefault("QT_IM_MODULE", "qtvirtualkeyboard")

# Fixtures of the catalogue screens' tests (test pack, bridge, one screen in a window).
from catalog_harness import bridge, pack_catalog, show_screen, warnings_seen  # noqa: E402, F401
