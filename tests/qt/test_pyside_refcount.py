"""Guard for the PySide6 pin: 6.12.0 on Python 3.11 drops None's refcount on void calls.

The process then dies with "Fatal Python error: none_dealloc". Running 50,000 void Qt calls in a
child process shows whether an installed PySide6 has the bug, so the pin can be lifted safely.
"""

from __future__ import annotations

import subprocess
import sys

CHILD = r"""
import sys
from PySide6.QtCore import QObject
obj = QObject()
before = sys.getrefcount(None)
for i in range(50_000):
    obj.setObjectName("x")   # returns void
    obj.blockSignals(False)  # returns a bool, for contrast
after = sys.getrefcount(None)
print(before, after)
"""


def test_fifty_thousand_void_calls_keep_none_alive() -> None:
    result = subprocess.run(
        [sys.executable, "-c", CHILD], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr[-2000:]
    before, after = map(int, result.stdout.split())
    assert after >= before - 1000, f"None refcount fell from {before} to {after}"
