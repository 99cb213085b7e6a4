"""Alembic environment of the central pool (``kiosk.sync.central.CENTRAL``).

Run by ``kiosk.data.migrate.upgrade(engine, central=True)`` on the connection it hands over, or by
hand with ``alembic -c db/central/alembic.ini ...`` and ``KIOSK_CENTRAL_DATABASE_URL``. The
revisions are recorded in their own version table, and the kiosk's own chain in ``db/versions``
never sees these: Alembic does not search other folders.
"""

from __future__ import annotations

from kiosk.data.migrate import CENTRAL_VERSION_TABLE, run_env
from kiosk.sync.central import CENTRAL
from kiosk.sync.engine import make_central_engine

run_env(
    CENTRAL,
    url_variable="KIOSK_CENTRAL_DATABASE_URL",
    engine_factory=make_central_engine,
    version_table=CENTRAL_VERSION_TABLE,
)
