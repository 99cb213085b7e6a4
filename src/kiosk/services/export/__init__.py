"""Lead export: the organiser's workbook and CSV, CRM import files, one file per exhibitor,
and a manifest.

``export_leads`` is the entry point (CLI and staff screen alike); it is Qt-free and reports
progress through a callback so the UI can run it on a worker thread.

The names below load ``run`` on first use, so the workbook writer's process, which imports
only ``workbook_child``, does not load the database layer.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from kiosk.services.export.run import (
        FILE_FORMATS,
        FORMATS,
        CancelToken,
        ExportCancelled,
        ExportFailed,
        ExportRequest,
        ExportResult,
        FileReport,
        export_leads,
        parse_formats,
    )

__all__ = [
    "FILE_FORMATS",
    "FORMATS",
    "CancelToken",
    "ExportCancelled",
    "ExportFailed",
    "ExportRequest",
    "ExportResult",
    "FileReport",
    "export_leads",
    "parse_formats",
]


def __getattr__(name: str) -> Any:
    if name in __all__:
        return getattr(importlib.import_module("kiosk.services.export.run"), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
