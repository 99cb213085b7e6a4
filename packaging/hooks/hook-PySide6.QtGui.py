"""Replaces PyInstaller's QtGui hook: the same collection minus the Qt plugins the kiosk never
loads (``bundle_plan.UNUSED_QT_PLUGINS``), before PyInstaller collects what those plugins link to
(the GTK theme plugin alone brings GTK, Cairo and Pango)."""

import bundle_plan
from PyInstaller.utils.hooks.qt import add_qt6_dependencies

hiddenimports, binaries, datas = add_qt6_dependencies(__file__)
binaries = bundle_plan.without_unused_files(binaries)
datas = bundle_plan.without_unused_files(datas)
