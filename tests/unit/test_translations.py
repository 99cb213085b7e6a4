"""Every UI string is translated into Traditional and Simplified Chinese and Portuguese.

lupdate is run over the QML sources into a copy of the .ts files: a string added to QML without
a translation, or a translation left unfinished, fails here with its text.
"""

from __future__ import annotations

import os
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from kiosk.domain.languages import DEFAULT_LANGUAGE
from kiosk.resources import i18n_dir
from kiosk.ui.i18n import (
    build_translations,
    qm_file,
    translated_languages,
    ts_languages,
    ts_path,
    update_sources,
)


def untranslated(ts: Path) -> list[str]:
    problems = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            texts = [translation.text or ""] + [
                n.text or "" for n in translation.iter("numerusform")
            ]
            if translation.get("type") in ("unfinished", "vanished", "obsolete") or not any(
                t.strip() for t in texts
            ):
                problems.append(f"{name}: {message.findtext('source')!r}")
    return problems


def test_the_ts_files_are_complete_and_current(tmp_path: Path) -> None:
    for lang in translated_languages():
        shutil.copy(ts_path(lang), tmp_path / ts_path(lang).name)
    shutil.copy(ts_path(DEFAULT_LANGUAGE), tmp_path / ts_path(DEFAULT_LANGUAGE).name)
    update_sources(ts_folder=tmp_path)
    for lang in ts_languages():  # English: its plural forms
        problems = untranslated(tmp_path / ts_path(lang).name)
        assert not problems, f"{lang.qt_locale}: untranslated strings:\n" + "\n".join(problems)


def test_the_translation_files_cover_chinese_portuguese_and_english_plurals() -> None:
    names = sorted(p.name for p in i18n_dir().glob("*.ts"))
    assert names == ["kiosk_en_GB.ts", "kiosk_pt_PT.ts", "kiosk_zh_CN.ts", "kiosk_zh_TW.ts"]


def test_a_missing_qm_is_compiled_into_the_cache_and_reused(tmp_path: Path) -> None:
    lang = translated_languages()[0]
    if (i18n_dir() / f"kiosk_{lang.qt_locale}.qm").exists():
        pytest.skip("prebuilt .qm files are present next to the sources")
    first = qm_file(lang, tmp_path)
    assert first is not None and first.parent == tmp_path and first.stat().st_size > 0
    stamp = first.stat().st_mtime_ns
    assert qm_file(lang, tmp_path) == first and first.stat().st_mtime_ns == stamp


def test_a_qm_older_than_its_source_is_rebuilt(tmp_path: Path) -> None:
    lang = translated_languages()[0]
    stale = tmp_path / f"kiosk_{lang.qt_locale}.qm"
    stale.write_bytes(b"stale")
    source_time = ts_path(lang).stat().st_mtime
    os.utime(stale, (source_time - 60, source_time - 60))
    if (i18n_dir() / stale.name).exists():
        pytest.skip("prebuilt .qm files are present next to the sources")
    rebuilt = qm_file(lang, tmp_path)
    assert rebuilt == stale and stale.read_bytes() != b"stale"


def test_build_translations_writes_every_qm_for_packaging(tmp_path: Path) -> None:
    built = build_translations(tmp_path)
    assert sorted(p.name for p in built) == sorted(
        f"kiosk_{lang.qt_locale}.qm" for lang in ts_languages()
    )
    assert all(p.stat().st_size > 100 for p in built)
