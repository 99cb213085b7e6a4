"""``python x11_grab.py WINDOW OUT.png``: one X11 window's pixels, as the X server holds them.

Plain Xlib through ctypes (``XGetImage``): Qt's ``grabWindow`` returns black for a foreign
OpenGL window under Xwayland, and a rootless Xwayland has no root window picture to crop.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import sys

from PIL import Image

ALL_PLANES = 0xFFFFFFFF
Z_PIXMAP = 2


_IMAGE_INTS = ("byte_order", "bitmap_unit", "bitmap_bit_order", "bitmap_pad", "depth",
               "bytes_per_line", "bits_per_pixel")  # fmt: skip


class XImage(ctypes.Structure):
    _fields_ = [
        *((name, ctypes.c_int) for name in ("width", "height", "xoffset", "format")),
        ("data", ctypes.c_void_p),
        *((name, ctypes.c_int) for name in _IMAGE_INTS),
    ]


class XWindowAttributes(ctypes.Structure):
    """Only the leading fields are read; the padding covers the rest of the struct."""

    _fields_ = [
        *((name, ctypes.c_int) for name in ("x", "y", "width", "height", "border_width")),
        ("padding", ctypes.c_char * 256),
    ]


def grab(window: int) -> Image.Image:
    xlib = ctypes.cdll.LoadLibrary(ctypes.util.find_library("X11") or "libX11.so.6")
    xlib.XOpenDisplay.restype = ctypes.c_void_p
    xlib.XOpenDisplay.argtypes = [ctypes.c_char_p]
    xlib.XGetWindowAttributes.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.c_void_p]
    xlib.XGetImage.restype = ctypes.POINTER(XImage)
    xlib.XGetImage.argtypes = [
        *(ctypes.c_void_p, ctypes.c_ulong, ctypes.c_int, ctypes.c_int),
        *(ctypes.c_uint, ctypes.c_uint, ctypes.c_ulong, ctypes.c_int),
    ]
    display = xlib.XOpenDisplay(None)
    if not display:
        raise SystemExit("x11_grab: cannot open the display in DISPLAY")
    attributes = XWindowAttributes()
    xlib.XGetWindowAttributes(display, window, ctypes.byref(attributes))
    image = xlib.XGetImage(
        display, window, 0, 0, attributes.width, attributes.height, ALL_PLANES, Z_PIXMAP
    )
    if not image or image.contents.bits_per_pixel != 32:
        raise SystemExit(f"x11_grab: no 32-bit picture of window {window}")
    found = image.contents
    raw = ctypes.string_at(found.data, found.bytes_per_line * found.height)
    size = (found.width, found.height)
    return Image.frombuffer("RGB", size, raw, "raw", "BGRX", found.bytes_per_line, 1)


if __name__ == "__main__":
    grab(int(sys.argv[1])).save(sys.argv[2])
