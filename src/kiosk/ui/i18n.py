"""UI translations: Qt Linguist ``.ts`` sources compiled to ``.qm`` and installed per language.

English is the source language (the strings in ``qsTr``). The ``.ts`` files under
``src/kiosk/i18n`` are the only thing translators edit; ``.qm`` files are build output:
``build_translations()`` writes them next to the sources for a packaged build, and at run time a
missing or stale ``.qm`` is compiled with Qt's ``lrelease`` into a cache folder.

English has a ``.ts`` too, holding only the plural forms (``qsTr("%n lead(s)", "", n)`` reads
"1 lead" / "2 leads" only through a translation, even in the source language).

``python -m kiosk.ui.i18n update`` refreshes the ``.ts`` files from the QML sources and the
message catalogue ``kiosk.domain.message_texts`` (new strings appear as unfinished);
``python -m kiosk.ui.i18n build`` compiles them.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from kiosk.domain.languages import DEFAULT_LANGUAGE, LANGUAGES, Language, language
from kiosk.errors import KioskError
from kiosk.resources import i18n_dir, qml_dir

CATALOG = "kiosk"


def translated_languages() -> tuple[Language, ...]:
    """Languages whose every string is translated (English is the source)."""
    return tuple(lang for lang in LANGUAGES if lang.tag != DEFAULT_LANGUAGE.tag)


def ts_languages() -> tuple[Language, ...]:
    """Languages with a ``.ts`` file: every one (English's holds only its plural forms)."""
    return LANGUAGES


def ts_path(lang: Language, folder: Path | None = None) -> Path:
    return (folder or i18n_dir()) / f"{CATALOG}_{lang.qt_locale}.ts"


def qm_name(lang: Language) -> str:
    return f"{CATALOG}_{lang.qt_locale}.qm"


def _qt_tool(name: str) -> Path:
    """Path of a Qt Linguist tool shipped in the PySide6 wheel (``lrelease``, ``lupdate``)."""
    import PySide6

    exe = name + (".exe" if sys.platform == "win32" else "")
    bundled = Path(PySide6.__file__).resolve().parent / exe
    if bundled.exists():
        return bundled
    found = shutil.which(f"pyside6-{name}") or shutil.which(name)
    if found:
        return Path(found)
    raise KioskError(
        f"Qt's {name} tool was not found (looked in {bundled.parent} and on PATH); "
        "reinstall PySide6-Essentials, or build the translations with the packaged build",
        exit_code=4,
    )


def compile_ts(ts: Path, qm: Path) -> Path:
    """Compile one ``.ts`` into ``qm`` atomically (a half-written file is never loaded)."""
    qm.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=qm.stem, suffix=".qm.tmp", dir=qm.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        result = subprocess.run(
            [str(_qt_tool("lrelease")), "-silent", str(ts), "-qm", str(tmp)],
            capture_output=True,
            text=True,
            timeout=120,
        )
        if result.returncode != 0 or tmp.stat().st_size == 0:
            detail = (result.stderr or result.stdout).strip() or f"exit code {result.returncode}"
            raise KioskError(f"{ts}: lrelease failed: {detail}", exit_code=4)
        tmp.replace(qm)
    finally:
        tmp.unlink(missing_ok=True)
    return qm


def _fresh(qm: Path, ts: Path) -> bool:
    if not qm.exists():
        return False
    return not ts.exists() or qm.stat().st_mtime >= ts.stat().st_mtime


def qm_file(lang: Language, cache_dir: Path) -> Path:
    """The up-to-date ``.qm`` for ``lang``: prebuilt next to the source, else compiled to cache.

    A language with neither a ``.ts`` nor a ``.qm`` is an installation error.
    """
    ts = ts_path(lang)
    for candidate in (i18n_dir() / qm_name(lang), cache_dir / qm_name(lang)):
        if _fresh(candidate, ts):
            return candidate
    if not ts.exists():
        raise KioskError(f"no translation for {lang.tag}: {ts} is missing", exit_code=4)
    return compile_ts(ts, cache_dir / qm_name(lang))


def build_translations(out_dir: Path | None = None) -> list[Path]:
    """Compile every ``.ts`` (for packaging); by default next to the sources. Returns the files."""
    target = out_dir or i18n_dir()
    return [compile_ts(ts_path(lang), target / qm_name(lang)) for lang in ts_languages()]


def message_catalogue() -> Path:
    """The Python file holding every message's English (``QT_TRANSLATE_NOOP`` entries)."""
    from kiosk.domain import message_texts

    return Path(message_texts.__file__)


def update_sources(qml_root: Path | None = None, ts_folder: Path | None = None) -> list[Path]:
    """Run ``lupdate`` over the QML sources and the message catalogue so every ``qsTr`` string
    and every message is in every ``.ts`` (in English's, every plural one)."""
    files = [ts_path(lang, ts_folder) for lang in translated_languages()]
    english = ts_path(DEFAULT_LANGUAGE, ts_folder)
    for targets, options in ((files, []), ([english], ["-pluralonly"])):
        result = subprocess.run(
            [
                str(_qt_tool("lupdate")),
                "-silent",
                "-locations",
                "none",
                "-no-obsolete",
                *options,
                "-extensions",
                "qml,py",
                str(qml_root or qml_dir()),
                str(message_catalogue()),
                "-ts",
                *map(str, targets),
            ],
            capture_output=True,
            text=True,
            timeout=300,
        )
        if result.returncode != 0:
            raise KioskError(f"lupdate failed: {(result.stderr or result.stdout).strip()}")
    return [english, *files]


class Translations:
    """One QTranslator per language, loaded once; the active one is installed on the app.

    Also answers "what is this string in language X" without switching, which the attract loop
    needs to show "Touch to start" in all four languages at once from the same ``.ts`` files.
    """

    def __init__(self, cache_dir: Path) -> None:
        from PySide6.QtCore import QTranslator

        self._translators: dict[str, QTranslator] = {}
        for lang in ts_languages():
            path = qm_file(lang, cache_dir)
            translator = QTranslator()
            if not translator.load(str(path)):
                raise KioskError(f"{path}: not a valid Qt translation file", exit_code=4)
            self._translators[lang.tag] = translator
        self._installed: object | None = None

    def activate(self, tag: str) -> None:
        """Install the translator for ``tag``; the caller retranslates QML."""
        from PySide6.QtCore import QCoreApplication

        wanted = self._translators.get(language(tag).tag)
        if wanted is self._installed:
            return
        if self._installed is not None:
            QCoreApplication.removeTranslator(self._installed)
        if wanted is not None:
            QCoreApplication.installTranslator(wanted)
        self._installed = wanted

    def translate(self, tag: str, context: str, source: str) -> str:
        """``source`` in language ``tag`` (the source itself if untranslated, as in English)."""
        translator = self._translators.get(language(tag).tag)
        if translator is None:
            return source
        return translator.translate(context, source) or source


def main(argv: list[str] | None = None) -> int:
    """Developer entry point: ``update`` the .ts sources or ``build`` the .qm files."""
    args = sys.argv[1:] if argv is None else argv
    if args == ["update"]:
        for path in update_sources():
            print(f"updated {path}")
        return 0
    if args == ["build"]:
        for path in build_translations():
            print(f"built {path}")
        return 0
    print("usage: python -m kiosk.ui.i18n update|build", file=sys.stderr)
    return 2


if __name__ == "__main__":
    raise SystemExit(main())
