"""Images of a content pack: safe path resolution, real-format checks, display copies.

A pack comes from a USB stick made on someone's laptop, so its image paths are untrusted: they
must stay inside the pack folder (no ``..``, absolute paths, backslashes or symlinks leading out)
and a file's real format is read by Pillow rather than believed from its extension. At import
the kiosk keeps only bounded copies (logos, product photos, maps, attract images), so the UI
never decodes a 20 MB photo.
"""

from __future__ import annotations

import os
import re
import shutil
import stat
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from threading import Lock
from typing import BinaryIO, TypeVar

from PIL import Image, ImageOps, UnidentifiedImageError

from kiosk.content.files import NotUsable, kind_of, open_regular
from kiosk.content.problems import close_match, quote
from kiosk.content.schema import ImageFile
from kiosk.content.svg import SvgProblem, inspect_svg, looks_like_svg
from kiosk.domain.messages import Message

MAX_IMAGE_BYTES = 20 * 1024 * 1024
MAX_IMAGE_SIDE = 8000
# Pillow's names; MPO is the multi-picture JPEG many phone cameras write.
ACCEPTED_FORMATS = frozenset({"PNG", "JPEG", "MPO", "WEBP"})
SVG = "SVG"  # vector images: only where a field allows them (the brand logo), kept as they are
# Formats and pixel modes the UI's image loader shows as they are; others are re-encoded.
PASSTHROUGH_FORMATS = frozenset({"PNG", "JPEG", "MPO"})
PASSTHROUGH_MODES = frozenset({"1", "L", "LA", "P", "RGB", "RGBA"})
EXIF_ORIENTATION = 0x0112
JPEG_QUALITY = 85
MAX_WORKERS = 8

T = TypeVar("T")
R = TypeVar("R")
Box = tuple[int, int]  # (width, height) a copy must fit in

# Bounding boxes (width, height) of the copies the kiosk keeps.
LOGO_BOX = (1024, 1024)
LOGO_THUMB_BOX = (256, 256)
PRODUCT_BOX = (1600, 1600)
PRODUCT_THUMB_BOX = (480, 480)
MAP_BOX = (2400, 2400)
ATTRACT_BOX = (1920, 1080)
BRAND_LOGO_BOX = (1024, 1024)

PATH_QUOTE = 200  # paths are quoted in full (up to this length): they say where to look
_WINDOWS_DRIVE = re.compile(r"^[A-Za-z]:")


class ImageProblem(Exception):
    """Why an image cannot be used; the message completes ``<field>: ...``."""

    def __init__(self, message: Message, rel: str = "") -> None:
        super().__init__(str(message))
        self.message = message
        self.rel = rel  # the image, when the field that named it is not known here


def normalise_rel(raw: str) -> str:
    """Check the shape of a pack-relative path and return it without ``.`` or empty parts."""
    if not raw.strip():
        raise ImageProblem(Message("image.path_empty"))
    if any(ord(ch) < 0x20 or 0xD800 <= ord(ch) <= 0xDFFF for ch in raw):
        raise ImageProblem(Message("image.path_control", path=quote(raw, PATH_QUOTE)))
    if "\\" in raw:
        raise ImageProblem(Message("image.path_backslash", path=quote(raw, PATH_QUOTE)))
    if raw.startswith("/") or _WINDOWS_DRIVE.match(raw):
        raise ImageProblem(Message("image.path_absolute", path=quote(raw, PATH_QUOTE)))
    parts = [p for p in PurePosixPath(raw).parts if p not in ("", ".")]
    if ".." in parts:
        raise ImageProblem(Message("image.path_parent", path=quote(raw, PATH_QUOTE)))
    if not parts:
        raise ImageProblem(Message("image.path_folder", path=quote(raw, PATH_QUOTE)))
    return "/".join(parts)


def resolve_in_pack(pack_root: Path, rel: str) -> Path:
    """The file ``rel`` names inside ``pack_root`` (already resolved); symlinks must stay inside."""
    candidate = pack_root.joinpath(*rel.split("/"))
    try:
        resolved = candidate.resolve()
        if not resolved.is_relative_to(pack_root):
            raise ImageProblem(
                Message("image.path_link", path=quote(rel, PATH_QUOTE), target=str(resolved))
            )
        mode = resolved.stat().st_mode
    except (FileNotFoundError, NotADirectoryError):
        raise ImageProblem(_not_found(pack_root, rel)) from None
    except (OSError, RuntimeError) as exc:  # RuntimeError: a symlink loop (Python 3.11)
        reason = str(getattr(exc, "strerror", None) or exc)
        raise ImageProblem(
            Message("image.unopenable", path=quote(rel, PATH_QUOTE), reason=reason)
        ) from None
    if not stat.S_ISREG(mode):
        raise ImageProblem(
            Message("image.not_a_file", path=quote(rel, PATH_QUOTE), kind=kind_of(mode))
        )
    return resolved


def _not_found(pack_root: Path, rel: str) -> Message:
    """The file is missing; suggest the real spelling when only letter case differs (packs
    made on Windows) or a name in the same folder is close."""
    path = quote(rel, PATH_QUOTE)
    folder = pack_root
    real_parts: list[str] = []
    for part in rel.split("/"):
        try:
            names = {p.name.lower(): p.name for p in folder.iterdir()}
        except OSError:
            return Message("image.not_found", path=path)
        match = names.get(part.lower())
        if match is None:
            close = close_match(part, names.values())
            if close is None:
                return Message("image.not_found", path=path)
            where: str | Message = "/".join(real_parts) or Message("term.pack_folder")
            return Message("image.not_found_near", path=path, folder=where, suggestion=close)
        real_parts.append(match)
        folder = folder / match
    return Message("image.not_found_case", path=path, suggestion="/".join(real_parts))


def inspect_image(path: Path) -> tuple[str, int, int]:
    """(format, width, height) of a usable image, decoded once in full to catch damage."""
    try:
        handle = open_regular(path, MAX_IMAGE_BYTES, "image.too_big")
    except NotUsable as exc:
        raise ImageProblem(exc.message) from None
    except OSError as exc:
        raise ImageProblem(Message("file.unreadable", reason=str(exc.strerror or exc))) from None
    with handle:
        if os.fstat(handle.fileno()).st_size == 0:
            raise ImageProblem(Message("image.empty_file"))
        return _inspect(handle)


def _inspect(handle: BinaryIO) -> tuple[str, int, int]:
    try:
        with Image.open(handle) as im:
            fmt, (width, height) = im.format or "?", im.size
            if fmt not in ACCEPTED_FORMATS:
                raise ImageProblem(Message("image.format", format=fmt))
            if width > MAX_IMAGE_SIDE or height > MAX_IMAGE_SIDE:
                raise ImageProblem(
                    Message("image.too_large", width=width, height=height, limit=MAX_IMAGE_SIDE)
                )
            im.verify()
        # verify() checks structure only; decoding finds truncated or corrupt pixel data.
        handle.seek(0)
        with Image.open(handle) as im:
            if im.format in ("JPEG", "MPO"):
                im.draft("RGB", (max(1, width // 8), max(1, height // 8)))
            im.load()
            eight_bit(im)  # what the import does first to a 16-bit image: it must work here
    except ImageProblem:
        raise
    except UnidentifiedImageError:
        raise ImageProblem(Message("image.not_image")) from None
    except Image.DecompressionBombError:
        raise ImageProblem(Message("image.too_many_pixels", limit=MAX_IMAGE_SIDE)) from None
    except (OSError, SyntaxError, ValueError, EOFError, IndexError, TypeError) as exc:
        raise ImageProblem(Message("image.damaged", detail=str(exc))) from None
    return ("JPEG" if fmt == "MPO" else fmt), width, height


def check_image(pack_root: Path, rel: str) -> ImageFile | Message:
    """The checked image at ``rel`` (normalised) in the pack, or the problem with it."""
    try:
        source = resolve_in_pack(pack_root, rel)
        try:
            if looks_like_svg(source):
                fmt, (width, height) = SVG, inspect_svg(source)
            else:
                fmt, width, height = inspect_image(source)
        except (ImageProblem, SvgProblem) as exc:
            path = quote(rel, PATH_QUOTE)
            raise ImageProblem(Message("image.problem", path=path, problem=exc.message)) from None
    except ImageProblem as exc:
        return exc.message
    return ImageFile(rel, source, fmt, width, height)


def parallel_map(function: Callable[[T], R], items: Sequence[T]) -> list[R]:
    """``function`` over ``items`` on a few threads: Pillow decodes and resizes without the GIL."""
    workers = min(MAX_WORKERS, os.cpu_count() or 1, len(items) // 8)  # threads cost too
    if workers <= 1:
        return [function(i) for i in items]
    with ThreadPoolExecutor(workers, thread_name_prefix="kiosk-images") as pool:
        return list(pool.map(function, items))


@dataclass(frozen=True)
class Rendition:
    """A copy kept by the kiosk: ``rel`` is relative to the content folder, posix style."""

    rel: str
    width: int
    height: int


class Renderer:
    """Makes bounded copies of pack images inside one import folder, each at most once."""

    def __init__(self, content_dir: Path, folder_rel: str) -> None:
        self.content_dir = content_dir
        self.folder_rel = folder_rel
        self.folder = content_dir.joinpath(*folder_rel.split("/"))
        self._done: dict[tuple[str, tuple[int, int]], Rendition] = {}
        self._copied: dict[str, Rendition] = {}
        self._lock = Lock()
        self.files_written = 0

    def render(self, image: ImageFile, box: tuple[int, int]) -> Rendition:
        """The image fitted inside ``box``: the original file if it fits and needs no change."""
        if (image.rel, box) not in self._done:
            self.render_all([(image, box)])
        return self._done[(image.rel, box)]

    def render_all(self, jobs: Iterable[tuple[ImageFile, Box]]) -> None:
        """Make many copies at once, each image decoded once for all its boxes, on all cores;
        ``render`` then finds them ready."""
        boxes: dict[ImageFile, list[Box]] = {}
        for image, box in jobs:
            wanted = boxes.setdefault(image, [])
            if (image.rel, box) not in self._done and box not in wanted:
                wanted.append(box)
        todo = [(image, wanted) for image, wanted in boxes.items() if wanted]
        done = parallel_map(lambda job: self._render_image(*job), todo)
        for (image, wanted), renditions in zip(todo, done, strict=True):
            for box, rendition in zip(wanted, renditions, strict=True):
                self._done[(image.rel, box)] = rendition

    def _render_image(self, image: ImageFile, boxes: list[Box]) -> list[Rendition]:
        if image.format == SVG:  # drawn at the size shown, so one copy serves every box
            return [self._copy(image, image.width, image.height) for _ in boxes]
        try:
            fitted = _fit(image.source, boxes)
        except (
            OSError,
            SyntaxError,
            ValueError,
            EOFError,
            NotUsable,
            Image.DecompressionBombError,
        ) as exc:
            raise ImageProblem(Message("image.unconvertible", detail=str(exc)), image.rel) from None
        return [
            self._copy(image, *result)
            if isinstance(result, tuple)
            else self._save(image, box, result)
            for box, result in zip(boxes, fitted, strict=True)
        ]

    def _save(self, image: ImageFile, box: Box, fitted: Image.Image) -> Rendition:
        if _has_alpha(fitted):
            fmt, ext = "PNG", ".png"
            fitted = fitted.convert("RGBA") if fitted.mode not in ("RGBA", "LA") else fitted
        else:
            fmt, ext = "JPEG", ".jpg"
            fitted = fitted.convert("L" if fitted.mode in ("1", "L") else "RGB")
        name = image.rel if image.rel.lower().endswith(ext) else image.rel + ext
        rel = f"{box[0]}x{box[1]}/{name}"
        target = self._target(rel)
        if fmt == "JPEG":
            fitted.save(target, fmt, quality=JPEG_QUALITY)
        else:
            fitted.save(target, fmt)
        with self._lock:
            self.files_written += 1
        return Rendition(f"{self.folder_rel}/{rel}", fitted.width, fitted.height)

    def _copy(self, image: ImageFile, width: int, height: int) -> Rendition:
        with self._lock:  # one copy per file, though several boxes may ask at once
            if image.rel not in self._copied:
                rel = f"original/{image.rel}"
                try:
                    source = open_regular(image.source, MAX_IMAGE_BYTES)
                except NotUsable as exc:  # changed on the stick since it was checked
                    problem = Message("image.uncopyable", problem=exc.message)
                    raise ImageProblem(problem, image.rel) from None
                with source, open(self._target(rel), "wb") as target:
                    shutil.copyfileobj(source, target)
                self.files_written += 1
                self._copied[image.rel] = Rendition(f"{self.folder_rel}/{rel}", width, height)
            return self._copied[image.rel]

    def _target(self, rel: str) -> Path:
        target = self.folder.joinpath(*rel.split("/"))
        os.makedirs(target.parent, exist_ok=True)
        return target


def _fit(source: Path, boxes: list[Box]) -> list[Image.Image | tuple[int, int]]:
    """For each box, the image fitted in it and upright; or its (width, height) when the file
    can be shown as it is (fits, upright, a format and pixel mode the UI reads directly).
    The file is decoded once; each smaller copy is made from the next larger one."""
    results: dict[Box, Image.Image | tuple[int, int]] = {}
    with open_regular(source, MAX_IMAGE_BYTES) as handle, Image.open(handle) as im:
        orientation = _orientation(im)
        turned = orientation in (5, 6, 7, 8)
        width, height = (im.height, im.width) if turned else im.size
        usable = (
            orientation == 1 and im.format in PASSTHROUGH_FORMATS and im.mode in PASSTHROUGH_MODES
        )
        current = eight_bit(im)  # resizing works on 8-bit channels only
        for box in sorted(boxes, key=lambda b: b[0] * b[1], reverse=True):
            if usable and width <= box[0] and height <= box[1]:
                results[box] = (width, height)
                continue
            if current is not im:
                current = current.copy()
            # in place on the file's image the first time: lets JPEG decode at a reduced scale
            current.thumbnail((box[1], box[0]) if turned else box, Image.Resampling.LANCZOS)
            results[box] = _upright(current)
    return [results[box] for box in boxes]


def eight_bit(im: Image.Image) -> Image.Image:
    """``im`` itself, or for 16-bit grey (``I;16``, ``I``: PNG's 0 to 65535) an 8-bit grey
    copy scaled to 0 to 255, so it can be resized and saved as JPEG like any other."""
    if not im.mode.startswith("I"):
        return im
    return im.convert("I").point(lambda v: v / 256).convert("L")


def _upright(im: Image.Image) -> Image.Image:
    """A copy turned as its EXIF says (already 8 bits per channel: ``eight_bit``)."""
    return ImageOps.exif_transpose(im)


def _orientation(im: Image.Image) -> int:
    try:
        value = im.getexif().get(EXIF_ORIENTATION, 1)
    except Exception:  # a damaged EXIF block must not stop the import; show it as it is
        return 1
    return value if isinstance(value, int) and 1 <= value <= 8 else 1


def _has_alpha(im: Image.Image) -> bool:
    return im.mode in ("RGBA", "LA", "PA") or "transparency" in im.info
