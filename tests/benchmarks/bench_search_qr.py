"""Benchmark: search keystroke over 5,000 exhibitors, and one QR image.

Run: python tests/benchmarks/bench_search_qr.py   (prints figures; targets: search ≤ 10 ms,
QR ≤ 15 ms a code). The catalogue is synthetic but shaped like the sample pack: names in four
languages, two products each, one or two sectors.
"""

from __future__ import annotations

import random
import statistics
import time
from datetime import date

from kiosk.services.catalog import (
    BrandView,
    Catalog,
    ContactView,
    ExhibitorView,
    PavilionView,
    ProductView,
    SectorView,
)
from kiosk.services.qr import exhibitor_codes, render_png
from kiosk.services.search import Filters, SearchIndex

COUNTRIES = ["MO", "PT", "BR", "AO", "MZ", "CV", "GW", "ST", "TL", "CN"]
WORDS = ["Macau", "São", "Tomé", "Vinho", "Chá", "Café", "Açúcar", "Lisboa", "Porto", "Luanda"]
HANZI = "澳門茗茶葡萄酒咖啡海鮮律師會展物流科技文化體育食品飲料橫琴"


def synthetic_catalog(count: int = 5000) -> Catalog:
    rng = random.Random(7)
    sectors = tuple(
        SectorView(f"s{i}", {"en": f"Sector {i}", "pt": f"Setor {i}"}) for i in range(12)
    )
    exhibitors = []
    for i in range(count):
        latin = " ".join(rng.sample(WORDS, 3)) + f" {i}"
        han = "".join(rng.sample(HANZI, 6))
        exhibitors.append(
            ExhibitorView(
                id=f"ex-{i}",
                name={"en": latin, "pt": latin, "zh-Hant": han, "zh-Hans": han},
                pavilion_id=rng.choice(["food", "services"]),
                country=rng.choice(COUNTRIES),
                sector_ids=tuple(s.id for s in rng.sample(sectors, rng.randint(1, 2))),
                booth_code=f"B-{i:04d}",
                booth_x=rng.random(),
                booth_y=rng.random(),
                summary={"en": "summary"},
                description={"en": "description"},
                logo=None,
                logo_thumb=None,
                products=tuple(
                    ProductView({"en": " ".join(rng.sample(WORDS, 2))}, "PT", None, None, f"ex-{i}")
                    for _ in range(2)
                ),
                contact=ContactView(
                    {"zh-Hant": han[:3], "en": latin},
                    {"en": "Manager"},
                    f"x{i}@example.mo",
                    "+85366123456",
                    "https://example.mo",
                    None,
                ),
            )
        )
    return Catalog(
        event_id="bench",
        event_name={"en": "Bench"},
        venue={},
        starts=date(2026, 11, 5),
        ends=date(2026, 11, 10),
        timezone="Asia/Shanghai",
        brand=BrandView("MICE² Macao x Hengqin", {}, None, ()),
        organizer=None,
        pavilions=(
            PavilionView("food", {"en": "Food"}, None, None, None),
            PavilionView("services", {"en": "Services"}, None, None, None),
        ),
        sectors=sectors,
        exhibitors=tuple(exhibitors),
        consent={},
    )


def main() -> None:
    catalog = synthetic_catalog()
    started = time.perf_counter()
    index = SearchIndex(catalog)
    print(f"index build, 5,000 exhibitors: {(time.perf_counter() - started) * 1000:.0f} ms")

    queries = ["s", "sa", "sao", "sao t", "sao to", "澳", "澳门", "vinho", "x", ""]
    timings = []
    for _ in range(20):
        for text in queries:
            t = time.perf_counter()
            index.search(Filters(text=text, pavilion="food"))
            timings.append((time.perf_counter() - t) * 1000)
    timings.sort()
    print(
        f"search keystroke over 5,000: median {statistics.median(timings):.2f} ms, "
        f"p95 {timings[int(len(timings) * 0.95)]:.2f} ms, max {timings[-1]:.2f} ms (target ≤ 10)"
    )

    codes = [c for e in catalog.exhibitors[:60] for c in exhibitor_codes(e, "zh-Hant")]
    qr_times = []
    for code in codes:
        t = time.perf_counter()
        render_png(code.text)
        qr_times.append((time.perf_counter() - t) * 1000)
    qr_times.sort()
    print(
        f"QR image (uncached), {len(codes)} codes: median {statistics.median(qr_times):.1f} ms, "
        f"p95 {qr_times[int(len(qr_times) * 0.95)]:.1f} ms (target ≤ 15)"
    )
    t = time.perf_counter()
    render_png(codes[0].text)
    print(f"QR image (cached): {(time.perf_counter() - t) * 1000:.3f} ms")


if __name__ == "__main__":
    main()
