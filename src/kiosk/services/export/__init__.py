"""Lead export: the organiser's workbook and CSV, one file per exhibitor, and a manifest.

``export_leads`` is the entry point (CLI and staff screen alike); it is Qt-free and reports
progress through a callback so the UI can run it on a worker thread.
"""

from kiosk.services.export.run import (
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
