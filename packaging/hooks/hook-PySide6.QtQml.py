"""Replaces PyInstaller's QtQml hook: collect only the QML modules the kiosk imports.

The stock hook collects every QML module of the PySide6 wheel, and their plugins then pull in
WebEngine, Qt 3D, Location and more. Which modules are kept is decided in ``bundle_plan``
(Qt's qmlimportscanner run over ``src/kiosk/ui/qml`` plus the modules Qt loads implicitly).
"""

from pathlib import Path

import bundle_plan
from PyInstaller.utils.hooks.qt import add_qt6_dependencies, pyside6_library_info

hiddenimports, binaries, datas = add_qt6_dependencies(__file__)

_qt_qml_dir = Path(pyside6_library_info.location["QmlImportsPath"])
_keep = bundle_plan.kept_qml_dirs(bundle_plan.scan_qml_imports(_qt_qml_dir))
_qml_binaries, _qml_datas = pyside6_library_info.collect_qtqml_files()
binaries += bundle_plan.filter_qml_entries(_qml_binaries, _qt_qml_dir, _keep)
datas += bundle_plan.filter_qml_entries(_qml_datas, _qt_qml_dir, _keep)
