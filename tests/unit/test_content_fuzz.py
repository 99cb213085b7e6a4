"""Any JSON in any field of a pack gives a ContentPack or PackInvalid, never another exception."""

from __future__ import annotations

import contextlib
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from packs import valid_content, write_pack

from kiosk.content import fields
from kiosk.content.images import ImageProblem, normalise_rel, resolve_in_pack
from kiosk.content.problems import PackInvalid
from kiosk.content.validate import validate_pack

Path_ = tuple[Any, ...]

json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**70), max_value=2**70)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=30)
    | st.sampled_from(["food", "MO", "images/maps/food.png", "../x.png", "+853 6612 3456", ""]),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4)
    ),
    max_leaves=12,
)


def paths(value: Any, prefix: Path_ = ()) -> Iterator[Path_]:
    """Every place in a JSON document (keys and list indexes)."""
    yield prefix
    if isinstance(value, dict):
        for key, child in value.items():
            yield from paths(child, (*prefix, key))
    elif isinstance(value, list):
        for index, child in enumerate(value):
            yield from paths(child, (*prefix, index))


BASE = valid_content(2)
PLACES = list(paths(BASE))


def replaced(document: Any, where: Path_, value: Any, delete: bool) -> Any:
    if not where:
        return value
    *parents, last = where
    target = document
    for key in parents:
        target = target[key]
    if delete and isinstance(target, dict):
        del target[last]
    else:
        target[last] = value
    return document


@pytest.fixture(scope="module")
def pack(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_pack(tmp_path_factory.mktemp("fuzz") / "pack")


def check(pack: Path, data: bytes) -> None:
    (pack / "content.json").write_bytes(data)
    try:
        validate_pack(pack)
    except PackInvalid as exc:
        assert exc.problems and all(p.path and p.message for p in exc.problems)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    changes=st.lists(
        st.tuples(st.sampled_from(PLACES), json_values, st.booleans()), min_size=1, max_size=3
    )
)
def test_random_values_in_random_fields(pack: Path, changes: list[Any]) -> None:
    document = json.loads(json.dumps(BASE))
    for where, value, delete in changes:
        try:
            document = replaced(document, where, value, delete)
        except (KeyError, IndexError, TypeError):
            continue  # an earlier change removed this place
    check(pack, json.dumps(document, ensure_ascii=False).encode("utf-8"))


@settings(max_examples=150, deadline=None)
@given(data=st.binary(max_size=200) | st.text(max_size=200).map(lambda t: t.encode("utf-8")))
def test_random_bytes_as_content_json(pack: Path, data: bytes) -> None:
    check(pack, data)


any_text = st.text(st.characters(codec=None, categories=None), max_size=40)


@settings(max_examples=200, deadline=None)
@given(value=any_text)
def test_field_checks_raise_only_field_errors(value: str) -> None:
    for check in (
        fields.identifier,
        fields.language_tag,
        fields.country,
        fields.iso_date,
        fields.timezone,
        fields.email,
        fields.phone,
        fields.website,
    ):
        with contextlib.suppress(fields.FieldError):
            check(value)


@settings(max_examples=200, deadline=None)
@given(value=any_text)
def test_image_paths_raise_only_image_problems(pack: Path, value: str) -> None:
    with contextlib.suppress(ImageProblem):
        resolve_in_pack(pack.resolve(), normalise_rel(value))
