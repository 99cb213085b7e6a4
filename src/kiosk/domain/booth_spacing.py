"""How close the two closest booths of a map are, so the map screen can give each booth a tap
area as large as it can without any two overlapping.

Two square tap areas of side s centred on their booths overlap exactly when the booths are
less than s apart both across and down, i.e. when their Chebyshev distance is under s. The
smallest Chebyshev distance over all pairs is therefore the largest side every booth can have.
"""

from __future__ import annotations

import math
from collections.abc import Iterable


def closest_booth_spacing(points: Iterable[tuple[float, float]]) -> float:
    """The smallest ``max(|dx|, |dy|)`` between two of ``points`` (map pixels); ``inf`` for
    fewer than two. A sweep along x: sorted by x, a pair further apart across than the best
    so far cannot beat it, so a pavilion of thousands of booths stays quick."""
    ordered = sorted(points)
    best = math.inf
    for index, (x0, y0) in enumerate(ordered):
        for x1, y1 in ordered[index + 1 :]:
            if x1 - x0 >= best:
                break
            best = min(best, max(x1 - x0, abs(y1 - y0)))
    return best
