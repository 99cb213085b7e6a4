"""Content packs and workbooks (docs/content-format.md): validation into typed objects, image
handling, import.

Qt-free. ``validate_pack(path)`` checks a pack and returns a :class:`ContentPack` or raises
:class:`PackInvalid` listing every problem; ``validate_source(path)`` (``sources``) takes a pack
or an organiser's workbook, read by ``workbook_read`` into the same document and located back
to cells; ``import_pack(sessions, path, content_dir)`` checks either and loads it in one
transaction. ``workbook_write`` writes the template and exports.
"""

from kiosk.content.problems import PackInvalid, Problem

__all__ = ["PackInvalid", "Problem"]
