"""The benchmarks' figure writer keeps one section per benchmark in the generated file."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))

from figures import HEADER, record


def test_a_run_replaces_its_own_section_and_keeps_the_others(tmp_path: Path) -> None:
    path = tmp_path / "benchmarks.md"
    record("bench_b", {"tap → frame": "12 ms"}, path=path)
    record("bench_a", {"launch": "0.4 s"}, path=path)
    record("bench_b", {"tap → frame": "9 ms", "p95": "15 ms"}, path=path)
    text = path.read_text(encoding="utf-8")
    assert text.startswith(HEADER)
    assert text.index("## bench_a") < text.index("## bench_b")
    assert text.count("## bench_b") == 1
    assert "| tap → frame | 9 ms |" in text and "| p95 | 15 ms |" in text
    assert "12 ms" not in text and "| launch | 0.4 s |" in text
    assert " cores" in text


def test_a_trial_run_writes_where_kiosk_figures_file_says(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    trial = tmp_path / "trial.md"
    monkeypatch.setenv("KIOSK_FIGURES_FILE", str(trial))
    record("bench_trial", {"launch": "0.4 s"})
    assert "| launch | 0.4 s |" in trial.read_text(encoding="utf-8")
