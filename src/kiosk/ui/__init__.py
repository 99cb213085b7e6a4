"""The Qt Quick user interface: the ONLY package that imports PySide6."""
