"""Pack images: paths that leave the pack, files that are missing, damaged, too big or not
images are located problems; accepted images are copied bounded, upright and in PNG/JPEG."""

from __future__ import annotations

import io
import os
import struct
import zlib
from pathlib import Path

import pytest
from packs import image_bytes, valid_content, write_json
from PIL import Image

from kiosk.content import images
from kiosk.content.images import Renderer
from kiosk.content.problems import PackInvalid
from kiosk.content.schema import ImageFile
from kiosk.content.validate import validate_pack

LOGO = "exhibitors[0].logo"


def logo_problem(pack: Path, logo: str) -> str:
    """The one problem of the pack whose first exhibitor's logo is ``logo``."""
    content = valid_content()
    content["exhibitors"][0]["logo"] = logo
    write_json(pack, content)
    with pytest.raises(PackInvalid) as caught:
        validate_pack(pack)
    found = [str(p) for p in caught.value.problems]
    assert len(found) == 1, found
    assert found[0].startswith(f"{LOGO}: ")
    return found[0].removeprefix(f"{LOGO}: ")


def put(pack: Path, rel: str, data: bytes) -> str:
    path = pack / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return rel


def png_chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def bomb_png(width: int, height: int) -> bytes:
    """A tiny file whose header claims a huge picture (a decompression bomb's shape)."""
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + png_chunk(b"IHDR", header)
        + png_chunk(b"IDAT", zlib.compress(b"\0" * 64))
        + png_chunk(b"IEND", b"")
    )


# ---------------------------------------------------------------------------- paths


def test_a_path_with_dot_dot_is_rejected_even_if_the_file_exists(pack: Path) -> None:
    put(pack.parent, "outside.png", image_bytes())
    assert logo_problem(pack, "../outside.png") == (
        '"../outside.png" leaves the pack folder (".." is not allowed)'
    )
    assert logo_problem(pack, "images/../../outside.png").endswith('(".." is not allowed)')


def test_absolute_paths_are_rejected(pack: Path) -> None:
    absolute = str(pack / "images/exhibitors/exhibitor-0000.png")
    assert logo_problem(pack, absolute) == (
        f'"{absolute}" is an absolute path; give a path relative to the pack folder'
    )
    assert "is an absolute path" in logo_problem(pack, "C:/logos/a.png")


def test_backslashes_are_rejected(pack: Path) -> None:
    assert logo_problem(pack, "images\\exhibitors\\exhibitor-0000.png").endswith(
        'contains a backslash; write paths with forward slashes ("images/a.png")'
    )


def test_a_symlink_to_a_file_outside_the_pack_is_rejected(pack: Path) -> None:
    secret = put(pack.parent, "secret.png", image_bytes())
    os.symlink(pack.parent / secret, pack / "images/link.png")
    message = logo_problem(pack, "images/link.png")
    assert message.startswith('"images/link.png" leaves the pack folder (it is a link to ')


def test_a_symlinked_folder_leading_outside_is_rejected(pack: Path) -> None:
    put(pack.parent, "elsewhere/a.png", image_bytes())
    os.symlink(pack.parent / "elsewhere", pack / "images/more")
    assert "leaves the pack folder" in logo_problem(pack, "images/more/a.png")


def test_a_symlink_inside_the_pack_is_fine(pack: Path) -> None:
    os.symlink(pack / "images/exhibitors/exhibitor-0001.png", pack / "images/same.png")
    content = valid_content()
    content["exhibitors"][0]["logo"] = "./images//same.png"
    write_json(pack, content)
    logo = validate_pack(pack).exhibitors[0].logo
    assert logo is not None and logo.rel == "images/same.png"


def test_a_missing_file_is_named(pack: Path) -> None:
    assert logo_problem(pack, "images/exhibitors/nobody.png") == (
        'file "images/exhibitors/nobody.png" not found in the pack'
    )


def test_a_missing_file_that_differs_only_in_case_gets_a_hint(pack: Path) -> None:
    assert logo_problem(pack, "Images/exhibitors/Exhibitor-0001.PNG") == (
        'file "Images/exhibitors/Exhibitor-0001.PNG" not found in the pack; did you mean '
        '"images/exhibitors/exhibitor-0001.png"? (letter case matters)'
    )


def test_a_folder_is_not_an_image(pack: Path) -> None:
    assert logo_problem(pack, "images/exhibitors") == (
        '"images/exhibitors" is a folder, not an image file'
    )


# ---------------------------------------------------------------------------- contents


def test_a_text_file_is_not_an_image(pack: Path) -> None:
    put(pack, "images/notes.png", b"this is not a picture\n")
    assert logo_problem(pack, "images/notes.png") == (
        '"images/notes.png" is not an image (PNG, JPEG or WebP)'
    )


def test_an_empty_file_is_not_an_image(pack: Path) -> None:
    put(pack, "images/empty.png", b"")
    assert logo_problem(pack, "images/empty.png") == '"images/empty.png" is an empty file'


def test_other_image_formats_are_named(pack: Path) -> None:
    put(pack, "images/anim.gif", image_bytes(8, 8, "GIF"))
    assert logo_problem(pack, "images/anim.gif") == (
        '"images/anim.gif" is a GIF image; use PNG, JPEG or WebP'
    )


@pytest.mark.parametrize("fmt", ["PNG", "JPEG", "WEBP"])
def test_a_truncated_image_is_corrupt(pack: Path, fmt: str) -> None:
    buffer = io.BytesIO()
    Image.effect_noise((300, 300), 64).convert("RGB").save(buffer, fmt)
    data = buffer.getvalue()
    put(pack, "images/cut.img", data[: len(data) // 2])
    assert logo_problem(pack, "images/cut.img").startswith(
        '"images/cut.img" is damaged and cannot be decoded ('
    )


def test_a_png_with_a_broken_checksum_is_corrupt(pack: Path) -> None:
    data = bytearray(image_bytes(20, 20))
    data[45] ^= 0xFF  # inside the first IDAT chunk's data
    put(pack, "images/flipped.png", bytes(data))
    assert "is damaged and cannot be decoded" in logo_problem(pack, "images/flipped.png")


def test_an_image_over_the_byte_limit(pack: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(images, "MAX_IMAGE_BYTES", 2048)
    data = image_bytes(64, 64, "PNG")
    put(pack, "images/big.png", data + b"\0" * (3 * 1024 - len(data)))
    assert logo_problem(pack, "images/big.png") == (
        '"images/big.png" is 3 kB; images may be at most 2 kB'
    )


def test_an_image_over_the_pixel_limit(pack: Path) -> None:
    put(pack, "images/wide.png", image_bytes(8001, 2))
    assert logo_problem(pack, "images/wide.png") == (
        '"images/wide.png" is 8001×2 pixels; images may be at most 8000×8000'
    )


def test_a_decompression_bomb_is_refused_before_decoding(pack: Path) -> None:
    put(pack, "images/bomb.png", bomb_png(100_000, 100_000))
    assert logo_problem(pack, "images/bomb.png") == (
        '"images/bomb.png" has more pixels than the kiosk decodes (at most 8000×8000)'
    )
    put(pack, "images/tall.png", bomb_png(10, 9000))  # under Pillow's own bomb limit
    assert logo_problem(pack, "images/tall.png") == (
        '"images/tall.png" is 10×9000 pixels; images may be at most 8000×8000'
    )


def test_one_bad_image_named_twice_is_reported_at_each_field(pack: Path) -> None:
    content = valid_content()
    content["exhibitors"][0]["logo"] = "images/gone.png"
    content["exhibitors"][0]["products"][0]["image"] = "images/gone.png"
    write_json(pack, content)
    with pytest.raises(PackInvalid) as caught:
        validate_pack(pack)
    assert [p.path for p in caught.value.problems] == [
        "exhibitors[0].logo",
        "exhibitors[0].products[0].image",
    ]


# ---------------------------------------------------------------------------- copies


def source(tmp_path: Path, name: str, image: Image.Image, fmt: str, **save: object) -> ImageFile:
    path = tmp_path / "src" / name
    path.parent.mkdir(parents=True, exist_ok=True)
    image.save(path, fmt, **save)
    return ImageFile(name, path, fmt, image.width, image.height)


@pytest.fixture
def renderer(tmp_path: Path) -> Renderer:
    return Renderer(tmp_path / "content", "ev/imp1")


def opened(renderer: Renderer, rel: str) -> Image.Image:
    path = renderer.content_dir / rel
    assert path.is_file()
    return Image.open(path)


def test_a_small_image_is_copied_unchanged_and_shared(renderer: Renderer, tmp_path: Path) -> None:
    logo = source(tmp_path, "logo.png", Image.new("RGBA", (100, 50), (1, 2, 3, 128)), "PNG")
    big = renderer.render(logo, images.LOGO_BOX)
    thumb = renderer.render(logo, images.LOGO_THUMB_BOX)
    assert big == thumb and big.rel == "ev/imp1/original/logo.png"
    assert (renderer.content_dir / big.rel).read_bytes() == logo.source.read_bytes()
    assert renderer.files_written == 1


def test_a_large_photo_is_reduced_to_its_box(renderer: Renderer, tmp_path: Path) -> None:
    photo = source(
        tmp_path, "p/photo.jpg", Image.effect_noise((3000, 2000), 40).convert("RGB"), "JPEG"
    )
    thumb = renderer.render(photo, images.PRODUCT_THUMB_BOX)
    assert (thumb.width, thumb.height) == (480, 320)
    assert thumb.rel == "ev/imp1/480x480/p/photo.jpg"
    with opened(renderer, thumb.rel) as im:
        assert (im.format, im.size) == ("JPEG", (480, 320))


def test_exif_orientation_is_applied(renderer: Renderer, tmp_path: Path) -> None:
    exif = Image.Exif()
    exif[images.EXIF_ORIENTATION] = 6  # camera held upright: stored sideways
    photo = source(tmp_path, "side.jpg", Image.new("RGB", (40, 20), "red"), "JPEG", exif=exif)
    shown = renderer.render(photo, images.PRODUCT_BOX)
    assert (shown.width, shown.height) == (20, 40)
    with opened(renderer, shown.rel) as im:
        assert im.size == (20, 40)
        assert im.getexif().get(images.EXIF_ORIENTATION, 1) == 1


def test_webp_becomes_png_when_transparent_and_jpeg_when_not(
    renderer: Renderer, tmp_path: Path
) -> None:
    clear = source(
        tmp_path, "a.webp", Image.new("RGBA", (30, 30), (9, 9, 9, 0)), "WEBP", lossless=True
    )
    solid = source(tmp_path, "b.webp", Image.new("RGB", (30, 30), "blue"), "WEBP")
    with opened(renderer, renderer.render(clear, images.LOGO_BOX).rel) as im:
        assert (im.format, im.mode) == ("PNG", "RGBA")
    rendered = renderer.render(solid, images.LOGO_BOX)
    assert rendered.rel == "ev/imp1/1024x1024/b.webp.jpg"
    with opened(renderer, rendered.rel) as im:
        assert im.format == "JPEG"


def test_cmyk_and_16_bit_images_are_converted(renderer: Renderer, tmp_path: Path) -> None:
    cmyk = source(tmp_path, "c.jpg", Image.new("CMYK", (10, 10), (0, 255, 255, 0)), "JPEG")
    with opened(renderer, renderer.render(cmyk, images.LOGO_BOX).rel) as im:
        assert im.mode == "RGB" and im.getpixel((5, 5))[0] > 200
    grey = source(tmp_path, "g.png", Image.new("I;16", (10, 10), 32768), "PNG")
    with opened(renderer, renderer.render(grey, images.LOGO_BOX).rel) as im:
        assert im.mode == "L" and im.getpixel((5, 5)) == 128


def test_a_name_too_long_for_the_file_system_is_a_problem(pack: Path) -> None:
    name = "a" * 300 + ".png"
    assert logo_problem(pack, name).endswith('…" cannot be opened: File name too long')


def test_one_decode_serves_every_box_and_each_copy_is_upright(
    renderer: Renderer, tmp_path: Path
) -> None:
    exif = Image.Exif()
    exif[images.EXIF_ORIENTATION] = 6
    photo = source(tmp_path, "big.jpg", Image.new("RGB", (2000, 1000), "green"), "JPEG", exif=exif)
    renderer.render_all([(photo, images.PRODUCT_THUMB_BOX), (photo, images.PRODUCT_BOX)])
    assert renderer.files_written == 2
    large = renderer.render(photo, images.PRODUCT_BOX)
    small = renderer.render(photo, images.PRODUCT_THUMB_BOX)
    assert ((large.width, large.height), (small.width, small.height)) == ((800, 1600), (240, 480))
    for shown in (large, small):
        with opened(renderer, shown.rel) as im:
            assert im.size == (shown.width, shown.height)
