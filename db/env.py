"""Alembic environment: runs on the connection handed over by ``kiosk.data.migrate``.

Run by hand for development with ``alembic -c db/alembic.ini ...`` (it then builds an engine
from ``sqlalchemy.url`` or ``KIOSK_DATABASE_URL``). The central pool's chain in ``db/central/``
is separate: Alembic does not search sub-folders of ``versions/``'s parent.
"""

from __future__ import annotations

from kiosk.data.engine import make_engine
from kiosk.data.migrate import run_env
from kiosk.data.models import Base

run_env(Base.metadata, url_variable="KIOSK_DATABASE_URL", engine_factory=make_engine)
