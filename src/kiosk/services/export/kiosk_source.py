"""This kiosk's own leads as an export source: each sheet streamed by one SQLite query.

A lead's row comes from the lead and its ``lead_summaries`` row (kept by triggers: see
migration 0002), so the leads sheet reads one row per lead; the consents and matching-requests
sheets are each one ordered query. The statements run on the driver's cursor within the
export's read snapshot: SQLAlchemy's per-row result processing alone would cost more than
the query over 100,000 leads. The cells are those of ``sheets.lead_cells`` and friends
(the record path, used for the central pool); a test checks both give the same files.
"""

from __future__ import annotations

from collections.abc import Collection, Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC
from typing import Any

from sqlalchemy import Connection
from sqlalchemy.orm import Session, sessionmaker

from kiosk.data.transactions import read_snapshot
from kiosk.services.consent_answers import SHARE_WITH_EXHIBITORS
from kiosk.services.export import source
from kiosk.services.export.digest import IdDigest
from kiosk.services.export.labels import Labels, load_labels
from kiosk.services.export.sheets import (
    ANSWERS,
    CONSENTS,
    EXHIBITOR,
    LEADS,
    MEETINGS,
    Chunk,
    SheetContext,
    answer_cells,
)

FETCH = 5000
_SEP = "\x1f"  # around each purpose's answer in ``lead_summaries.answers``

# A lead's version (``coverage.version_of`` of its newest time) from the stored UTC text.
_CHANGED = "max(l.created_at, l.updated_at, coalesce(s.changed_at, ''))"
_VERSION = (
    f"CAST(strftime('%s', {_CHANGED}) AS INTEGER) * 1000000"
    f" + CAST(substr({_CHANGED}, 21, 6) AS INTEGER)"
)
_FROM = "FROM leads l JOIN lead_summaries s ON s.lead_id = l.id"
_ORDER = "ORDER BY l.created_at, l.id"
_PERSON = (  # after l.created_at: the rest of ``sheets.PERSON_HEADER``
    "l.name, coalesce(l.family_name, ''), coalesce(l.given_name, ''),"
    " coalesce(l.company, ''), coalesce(l.job_title, ''), coalesce(l.email, ''),"
    " coalesce(nullif(l.phone_e164, ''), l.phone_raw, ''), coalesce(l.country, ''), l.language"
)


def _stored(at: Any) -> str:
    """A time as SQLAlchemy stores it in SQLite (UTC, fixed width), for comparisons."""
    return source.aware(at).astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")


def _where(scope: source.Scope, params: dict[str, Any]) -> str:
    clauses = ["1"]
    if scope.since is not None:
        params["since"] = _stored(scope.since)
        clauses.append("(l.created_at >= :since OR l.updated_at >= :since)")
    if scope.exhibitor is not None:
        params["ref"] = scope.exhibitor
        clauses.append(
            "l.id IN (SELECT lead_id FROM lead_exhibitors WHERE exhibitor_ref = :ref)"
            f" AND ({_shares(scope, params)})"
        )
    return "WHERE " + " AND ".join(clauses)


def _shares(scope: source.Scope, params: dict[str, Any]) -> str:
    """SQL twin of ``consent_answers.is_sharing`` over ``lead_summaries.answers``."""
    params["shares"] = f"{_SEP}{SHARE_WITH_EXHIBITORS}=yes{_SEP}"
    if not scope.sharing:
        return "instr(s.answers, :shares)"
    parts = []
    for i, (event_id, purpose) in enumerate(scope.sharing):
        params[f"share_event{i}"] = event_id
        params[f"shares{i}"] = f"{_SEP}{purpose}=yes{_SEP}"
        parts.append(f"(l.event_id = :share_event{i} AND instr(s.answers, :shares{i}))")
    others = ", ".join(f":share_event{i}" for i in range(len(scope.sharing)))
    parts.append(f"(l.event_id NOT IN ({others}) AND instr(s.answers, :shares))")
    return " OR ".join(parts)


def _answer_cells(ctx: SheetContext, params: dict[str, Any]) -> str:
    cells = []
    for i, purpose in enumerate(ctx.purposes):
        params[f"yes{i}"] = f"{_SEP}{purpose}=yes{_SEP}"
        params[f"no{i}"] = f"{_SEP}{purpose}=no{_SEP}"
        cells.append(
            f"CASE WHEN instr(s.answers, :yes{i}) THEN 'yes'"
            f" WHEN instr(s.answers, :no{i}) THEN 'no' ELSE '' END"
        )
    return "".join(f", {cell}" for cell in cells)


def _set_cells(ctx: SheetContext, params: dict[str, Any]) -> str:
    """Per purpose, the answer in force within one set (a refusal wins a tie: '1')."""
    cells = []
    for i, purpose in enumerate(ctx.purposes):
        params[f"p{i}"] = purpose
        latest = (
            f"max(CASE WHEN c.purpose = :p{i} THEN c.at ||"
            " CASE WHEN c.granted THEN '0' ELSE '1' END END)"
        )
        cells.append(
            f"CASE substr({latest}, -1) WHEN '0' THEN 'yes' WHEN '1' THEN 'no' ELSE '' END"
        )
    return "".join(f", {cell}" for cell in cells)


class KioskSource:
    """This kiosk's leads, one record per lead, read from ``conn`` (a read snapshot)."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn
        self._consents: dict[source.Scope, tuple[list[str], list[str]]] = {}

    def _consent_facts(self, scope: source.Scope) -> tuple[list[str], list[str]]:
        """Purposes and notice versions, read once per scope (the snapshot does not move)."""
        if scope not in self._consents:
            self._consents[scope] = source.consent_facts(self.conn, scope)
        return self._consents[scope]

    def _stream(self, sql: str, params: dict[str, Any]) -> Iterator[list[Any]]:
        cursor = self.conn.connection.dbapi_connection.cursor()  # type: ignore[union-attr]
        try:
            cursor.execute(sql, params)
            while rows := cursor.fetchmany(FETCH):
                yield rows
        finally:
            cursor.close()

    def sheet_rows(
        self, scope: source.Scope, ctx: SheetContext, sheets: Collection[str]
    ) -> Iterator[Chunk]:
        if LEADS in sheets:
            yield from self._leads(scope, ctx)
        if EXHIBITOR in sheets:
            yield from self._exhibitor(scope, ctx)
        if CONSENTS in sheets:
            yield from self._consent_sets(scope, ctx)
        if MEETINGS in sheets:
            yield from self._meetings(scope, ctx)
        if ANSWERS in sheets:
            yield from self._answers(scope, ctx)

    def _leads(self, scope: source.Scope, ctx: SheetContext) -> Iterator[Chunk]:
        params: dict[str, Any] = {}
        columns = (
            "s.exhibitors, s.sectors, coalesce(s.message, ''), l.visit_count, l.kiosk_id,"
            f" l.source, coalesce(s.consent_version, ''){_answer_cells(ctx, params)}"
        )
        return self._lead_rows(LEADS, scope, ctx, columns, params, with_event=True)

    def _exhibitor(self, scope: source.Scope, ctx: SheetContext) -> Iterator[Chunk]:
        meetings = (
            "coalesce((SELECT group_concat(m, '; ') FROM (SELECT"
            " coalesce(preferred_date, 'any day') ||"
            " CASE WHEN coalesce(slot, '') <> '' THEN ' ' || slot ELSE '' END AS m"
            " FROM matching_requests WHERE lead_id = l.id AND exhibitor_ref = :ref"
            " ORDER BY created_at, exhibitor_ref)), '')"
        )
        params: dict[str, Any] = {}
        questions = ctx.labels.question_ids(scope.exhibitor or "")
        answers = ""
        for i, question in enumerate(questions):  # the latest answer to each, as stored
            params[f"q{i}"] = question
            answers += (
                ", coalesce((SELECT value FROM lead_answers WHERE lead_id = l.id"
                f" AND exhibitor_ref = :ref AND question_ref = :q{i}"
                " ORDER BY at DESC, id DESC LIMIT 1), '')"
            )
        columns = f"s.sectors, coalesce(s.message, ''), {meetings}{answers}"
        chunks = self._lead_rows(EXHIBITOR, scope, ctx, columns, params, with_event=False)
        if not questions:
            return chunks
        return self._answer_labels(chunks, ctx, scope.exhibitor or "", questions)

    @staticmethod
    def _answer_labels(
        chunks: Iterator[Chunk], ctx: SheetContext, exhibitor: str, questions: list[str]
    ) -> Iterator[Chunk]:
        """The last columns' stored answers as the labels ``sheets.exhibitor_cells`` shows."""
        first = -len(questions)
        for sheet, rows, versions in chunks:
            for row in rows:
                values = row[first:]
                row[first:] = [
                    ctx.labels.answer(exhibitor, q, str(v))
                    for q, v in zip(questions, values, strict=True)
                ]
            yield sheet, rows, versions

    def _lead_rows(
        self,
        sheet: str,
        scope: source.Scope,
        ctx: SheetContext,
        columns: str,
        params: dict[str, Any],
        *,
        with_event: bool,
    ) -> Iterator[Chunk]:
        """One row per lead: id, [event,] local creation time, the person, then ``columns``."""
        sql = (
            f"SELECT {_VERSION}, l.id, l.event_id, l.created_at, {_PERSON}, {columns}"
            f" {_FROM} {_where(scope, params)} {_ORDER}"
        )
        local = ctx.local_text
        for rows in self._stream(sql, params):
            if with_event:
                cells = [[r[1], r[2], local(r[2], r[3]), *r[4:]] for r in rows]
            else:
                cells = [[r[1], local(r[2], r[3]), *r[4:]] for r in rows]
            yield sheet, cells, [(r[1], r[0]) for r in rows]

    def _consent_sets(self, scope: source.Scope, ctx: SheetContext) -> Iterator[Chunk]:
        """The consents sheet: the SQL twin of ``sheets.consent_rows``."""
        params: dict[str, Any] = {}
        sql = (
            "SELECT c.lead_id, replace(substr(min(c.at), 1, 19), ' ', 'T') || 'Z',"
            f" c.consent_version, c.language{_set_cells(ctx, params)}"
            f" FROM lead_consents c JOIN leads l ON l.id = c.lead_id"
            f" JOIN lead_summaries s ON s.lead_id = l.id {_where(scope, params)}"
            " GROUP BY c.lead_id, coalesce(c.visit_id, c.at), c.consent_version, c.language"
            " ORDER BY l.created_at, l.id, min(c.at), c.consent_version, c.language"
        )
        for rows in self._stream(sql, params):
            yield CONSENTS, [list(r) for r in rows], []

    def _meetings(self, scope: source.Scope, ctx: SheetContext) -> Iterator[Chunk]:
        params: dict[str, Any] = {}
        sql = (
            "SELECT m.lead_id, l.name, coalesce(l.company, ''), m.exhibitor_ref,"
            " coalesce(m.preferred_date, ''), coalesce(m.slot, ''), l.event_id, m.created_at"
            " FROM matching_requests m JOIN leads l ON l.id = m.lead_id"
            f" JOIN lead_summaries s ON s.lead_id = l.id {_where(scope, params)}"
            f" {'AND m.exhibitor_ref = :ref' if scope.exhibitor else ''}"
            " ORDER BY l.created_at, l.id, m.created_at, m.exhibitor_ref"
        )
        local = ctx.local_text
        for rows in self._stream(sql, params):
            yield MEETINGS, [[*r[:6], local(r[6], r[7])] for r in rows], []

    def _answers(self, scope: source.Scope, ctx: SheetContext) -> Iterator[Chunk]:
        """The answers sheet: the SQL twin of ``sheets.answer_rows``."""
        params: dict[str, Any] = {}
        sql = (
            "SELECT a.lead_id, a.exhibitor_ref, a.question_ref, a.value, l.event_id, a.at"
            " FROM lead_answers a JOIN leads l ON l.id = a.lead_id"
            f" JOIN lead_summaries s ON s.lead_id = l.id {_where(scope, params)}"
            " ORDER BY l.created_at, l.id, a.at, a.id"
        )
        local = ctx.local_text
        for rows in self._stream(sql, params):
            cells = [answer_cells(ctx, *r[:4], local(r[4], r[5])) for r in rows]
            yield ANSWERS, cells, []

    def count_answers(self, scope: source.Scope) -> int:
        return source.count_answers(self.conn, scope)

    def records(self, scope: source.Scope) -> Iterator[list[source.LeadRecord]]:
        return source.iter_batches(self.conn, scope)

    def labels(self, language: str) -> Labels:
        return load_labels(self.conn, language)

    def purposes(self, scope: source.Scope) -> list[str]:
        return self._consent_facts(scope)[0]

    def consent_versions(self, scope: source.Scope) -> list[str]:
        return self._consent_facts(scope)[1]

    def id_digest(self, scope: source.Scope) -> IdDigest:
        return source.id_digest(self.conn, scope)

    def count_answer_sets(self, scope: source.Scope) -> int:
        return source.count_answer_sets(self.conn, scope)

    def count_meetings(self, scope: source.Scope) -> int:
        return source.count_meetings(self.conn, scope)

    def exhibitors_with_leads(self, scope: source.Scope) -> list[str]:
        return source.exhibitors_with_leads(self.conn, scope)

    def events(self) -> dict[str, source.EventInfo]:
        return source.events(self.conn)

    def exhibitor_names(self, refs: Sequence[str]) -> dict[str, str]:
        return source.exhibitor_names(self.conn, refs)

    def active_event(self) -> str | None:
        return source.active_event(self.conn)

    def facts(self) -> dict[str, Any]:
        return {}


class KioskLeads:
    """The default source: this kiosk's own leads."""

    label: str | None = None

    @contextmanager
    def open(self, sessions: sessionmaker[Session]) -> Iterator[KioskSource]:
        with read_snapshot(sessions) as conn:
            yield KioskSource(conn)
