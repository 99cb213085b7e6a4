"""The closest two booths of a map by Chebyshev distance: the largest square tap area every
booth can have without two overlapping (see kiosk.domain.booth_spacing)."""

from __future__ import annotations

import itertools
import math
import random

import pytest

from kiosk.domain.booth_spacing import closest_booth_spacing


def brute_force(points: list[tuple[float, float]]) -> float:
    pairs = itertools.combinations(points, 2)
    return min((max(abs(a - c), abs(b - d)) for (a, b), (c, d) in pairs), default=math.inf)


@pytest.mark.parametrize("seed", range(8))
def test_it_agrees_with_every_pair_compared(seed: int) -> None:
    rng = random.Random(seed)
    points = [(rng.uniform(0, 1600), rng.uniform(0, 1000)) for _ in range(rng.randint(2, 300))]
    assert closest_booth_spacing(points) == pytest.approx(brute_force(points))


def test_a_grid_of_booths_is_as_close_as_its_rows() -> None:
    """The sample food hall: booths 160 px apart across, rows 126 px apart."""
    grid = [(186 + 160 * col, 259 + 126 * row) for col in range(7) for row in range(4)]
    assert closest_booth_spacing(grid) == 126


@pytest.mark.parametrize("points", [[], [(10.0, 10.0)]])
def test_fewer_than_two_booths_have_no_neighbour(points: list[tuple[float, float]]) -> None:
    assert closest_booth_spacing(points) == math.inf
