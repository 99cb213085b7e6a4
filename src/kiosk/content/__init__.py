"""Content packs (docs/content-format.md): validation into typed objects, image handling, import.

Qt-free. ``validate_pack(path)`` checks a pack and returns a :class:`ContentPack` or raises
:class:`PackInvalid` listing every problem; ``import_pack(sessions, path, content_dir)`` checks
and loads it in one transaction.
"""

from kiosk.content.problems import PackInvalid, Problem

__all__ = ["PackInvalid", "Problem"]
