"""Fleet through a real PostgreSQL pool: three kiosks' heartbeats, ``kiosk fleet``, content
published once and loaded by every kiosk (one of them after its link comes back), a broken
pack refused at publish, a pack that fails on one kiosk, and a kiosk held at a revision."""

from __future__ import annotations

import json
from datetime import timedelta
from pathlib import Path

import pytest
from factories import add_visit
from packs import valid_content, write_pack
from sqlalchemy import Engine, func, select, text, update

from kiosk.cli import main
from kiosk.data.database import Database
from kiosk.services import fleet as local
from kiosk.sync.central import content_packs, fleet_heartbeats, fleet_kiosks
from kiosk.sync.content_pool import apply_staged, staged_revision
from kiosk.sync.engine import make_central_engine
from kiosk.sync.fleet import LATE, OFFLINE, ONLINE, classify, state_of
from kiosk.sync.fleet_agent import FleetAgent


def agent_for(database: Database, name: str, central: Engine) -> FleetAgent:
    data_dir = Path(database.engine.url.database).parent
    return FleetAgent(database.sessions, central, lambda: f"kiosk-{name}", data_dir)


def fleet_json(url: str, capsys) -> tuple[int, dict]:
    code = main(["fleet", "--json", "--central-database", url])
    return code, json.loads(capsys.readouterr().out)


def content_dir(database: Database) -> Path:
    return Path(database.engine.url.database).parent / "content"


def pack(tmp_path: Path, name: str, title: str) -> Path:
    content = valid_content()
    content["exhibitors"][0]["name"]["en"] = title
    return write_pack(tmp_path / name, content)


def publish(tmp_path: Path, name: str, title: str, url: str) -> int:
    return main(["content", "publish", str(pack(tmp_path, name, title)), "--central-database", url])


@pytest.mark.parametrize(
    ("age_s", "state"),
    [(0, ONLINE), (180, ONLINE), (181, LATE), (600, LATE), (601, OFFLINE), (86400, OFFLINE)],
)
def test_a_kiosk_is_online_late_or_offline_by_the_age_of_its_last_beat(age_s, state) -> None:
    assert state_of(timedelta(seconds=age_s)) == state


@pytest.mark.parametrize(
    ("versions", "flagged"),
    [(["1.0", "1.0", "1.0"], []), (["1.0", "1.0", "0.9"], ["c"]), (["0.9", "1.0", "1.0"], ["a"])],
)
def test_the_odd_version_out_is_flagged(versions, flagged) -> None:
    from kiosk.data.types import utcnow

    now = utcnow()
    rows = [
        {
            "kiosk_id": k,
            "version": v,
            "content_revision": "r1",
            "held_revision": None,
            "last_seen_at": now,
        }
        for k, v in zip("abc", versions, strict=True)
    ]
    report = classify(rows, now)
    assert [k.kiosk_id for k in report.kiosks if "version differs" in k.flags] == flagged


def test_three_kiosks_beat_and_kiosk_fleet_lists_them(
    make_kiosk, central: Engine, central_url: str, capsys, monkeypatch
) -> None:
    kiosks = {name: make_kiosk(name) for name in "abc"}
    with kiosks["a"].sessions.begin() as session:
        add_visit(session, kiosk_id="kiosk-a", email="ana@example.com")
        add_visit(session, kiosk_id="kiosk-a", email="bob@example.com")
    agents = {name: agent_for(db, name, central) for name, db in kiosks.items()}
    agents["a"].last_touch = lambda: local.utcnow()
    monkeypatch.setattr(local, "__version__", "0.0.9")
    agents["b"].cycle()  # kiosk b runs an older version
    monkeypatch.undo()
    for name in "ac":
        assert agents[name].cycle() is None and agents[name].last_error is None

    code, report = fleet_json(central_url, capsys)
    by_id = {k["kiosk_id"]: k for k in report["kiosks"]}
    assert sorted(by_id) == ["kiosk-a", "kiosk-b", "kiosk-c"]
    assert {k["state"] for k in by_id.values()} == {"online"}
    assert by_id["kiosk-b"]["flags"] == ["version differs"] and code == 1
    assert by_id["kiosk-a"]["leads_today"] == 2 and by_id["kiosk-c"]["leads_today"] == 0
    assert by_id["kiosk-a"]["outbox_rows"] > 0  # its leads never reached the pool
    assert by_id["kiosk-a"]["last_touch_at"] and by_id["kiosk-c"]["last_touch_at"] is None
    assert all(k["free_disk_bytes"] > 0 and k["uptime_s"] >= 0 for k in by_id.values())
    # Nothing stays queued on a kiosk once the pool has its beats.
    for database in kiosks.values():
        assert local.queued_heartbeats(database.sessions) == []

    with central.begin() as connection:  # kiosk c stopped beating four minutes ago
        connection.execute(
            update(fleet_kiosks)
            .where(fleet_kiosks.c.kiosk_id == "kiosk-c")
            .values(last_seen_at=func.now() - text("interval '4 minutes'"))
        )
    capsys.readouterr()
    assert main(["fleet", "--central-database", central_url]) == 1
    out = capsys.readouterr().out
    assert "2 online, 1 late, 0 offline" in out
    assert "kiosk-c  LATE" in out and "! version differs" in out

    # kiosk-c was retired: forgotten, the list is clean again; a name not there is refused.
    assert main(["fleet", "--central-database", central_url, "--forget", "kiosk-c"]) == 1
    assert "forgot kiosk-c" in capsys.readouterr().out
    code, report = fleet_json(central_url, capsys)
    assert [k["kiosk_id"] for k in report["kiosks"]] == ["kiosk-a", "kiosk-b"]
    assert main(["fleet", "--central-database", central_url, "--forget", "kiosk-z"]) == 1
    assert "--forget kiosk-z: no such kiosk" in capsys.readouterr().err


def test_beats_missed_while_the_link_was_down_arrive_when_it_returns(
    make_kiosk, pg_cluster, central_url: str, central: Engine
) -> None:
    from faultproxy import CUT, UP, FaultProxy

    kiosk = make_kiosk("a")
    database = central_url.rsplit("/", 1)[1]
    with FaultProxy(pg_cluster.port) as proxy:
        engine = make_central_engine(pg_cluster.url(database, port=proxy.port), connect_timeout_s=2)
        agent = agent_for(kiosk, "a", engine)
        proxy.set_mode(CUT)
        agent.cycle()
        agent.cycle()
        assert agent.last_error and len(local.queued_heartbeats(kiosk.sessions)) == 2
        proxy.set_mode(UP)
        agent.cycle()
        assert agent.last_error is None
        engine.dispose()
    with central.connect() as connection:
        beats = connection.execute(select(func.count()).select_from(fleet_heartbeats)).scalar()
    assert beats == 3 and local.queued_heartbeats(kiosk.sessions) == []


def test_a_publish_reaches_two_online_kiosks_and_the_third_after_it_reconnects(
    make_kiosk, pg_cluster, central_url: str, central: Engine, tmp_path: Path, capsys
) -> None:
    from faultproxy import CUT, UP, FaultProxy

    kiosks = {name: make_kiosk(name) for name in "abc"}
    database = central_url.rsplit("/", 1)[1]
    first = pack(tmp_path, "v1", "First Company")
    assert main(["content", "publish", str(first), "--central-database", central_url]) == 0
    with FaultProxy(pg_cluster.port) as proxy:
        far = make_central_engine(pg_cluster.url(database, port=proxy.port), connect_timeout_s=2)
        agents = {
            "a": agent_for(kiosks["a"], "a", central),
            "b": agent_for(kiosks["b"], "b", central),
            "c": agent_for(kiosks["c"], "c", far),
        }
        for name, agent in agents.items():  # everyone starts on the first pack
            assert agent.cycle()
            assert apply_staged(kiosks[name].sessions, agent.data_dir, content_dir(kiosks[name]))

        proxy.set_mode(CUT)
        second = pack(tmp_path, "v2", "Second Company")
        capsys.readouterr()
        assert main(["content", "publish", str(second), "--central-database", central_url]) == 0
        revision = capsys.readouterr().out.split("revision ")[1].split()[0]
        for name in "ab":
            staged = agents[name].cycle()
            assert staged and staged.startswith(revision)
            applied = apply_staged(
                kiosks[name].sessions, agents[name].data_dir, content_dir(kiosks[name])
            )
            assert applied and applied.ok, applied
            assert agents[name].cycle() is None  # its next beat says so
        assert agents["c"].cycle() is None and agents["c"].last_error  # away: still the first

        code, report = fleet_json(central_url, capsys)
        behind = [k["kiosk_id"] for k in report["kiosks"] if "content differs" in k["flags"]]
        assert behind == ["kiosk-c"] and code == 1

        proxy.set_mode(UP)
        assert agents["c"].cycle()  # back: it catches up
        applied = apply_staged(kiosks["c"].sessions, agents["c"].data_dir, content_dir(kiosks["c"]))
        assert applied and applied.ok
        for agent in agents.values():
            agent.cycle()
        far.dispose()

    code, report = fleet_json(central_url, capsys)
    assert {k["content_revision"] for k in report["kiosks"]} == {report["published_revision"]}
    assert code == 0 and all(k["flags"] == [] for k in report["kiosks"])
    for database in kiosks.values():  # what the visitors see is the second pack
        with database.sessions() as session:
            names = session.execute(text("SELECT name FROM exhibitors")).scalars().all()
        assert any("Second Company" in name for name in names)


def test_a_broken_pack_is_refused_at_publish_and_nothing_is_stored(
    central: Engine, central_url: str, tmp_path: Path, capsys
) -> None:
    content = valid_content()
    content["exhibitors"][1]["contact"]["email"] = "bob@"
    broken = write_pack(tmp_path / "broken", content)
    assert main(["content", "publish", str(broken), "--central-database", central_url]) == 2
    err = capsys.readouterr().err
    assert "exhibitors[1].contact.email" in err and "nothing was changed" in err
    with central.connect() as connection:
        assert connection.execute(select(func.count()).select_from(content_packs)).scalar() == 0


def test_a_pack_failing_on_one_kiosk_keeps_its_old_content_and_is_reported(
    make_kiosk, central: Engine, central_url: str, tmp_path: Path, capsys
) -> None:
    kiosks = {name: make_kiosk(name) for name in "ab"}
    agents = {name: agent_for(db, name, central) for name, db in kiosks.items()}
    publish(tmp_path, "v1", "First", central_url)
    for name, agent in agents.items():
        agent.cycle()
        apply_staged(kiosks[name].sessions, agent.data_dir, content_dir(kiosks[name]))
    before = local.read_content_state(kiosks["b"].sessions)

    publish(tmp_path, "v2", "Second", central_url)
    for agent in agents.values():
        assert agent.cycle()
    # Kiosk b's content folder is not a folder any more: its images cannot be written.
    folder = content_dir(kiosks["b"])
    import shutil

    shutil.rmtree(folder)
    folder.write_text("not a folder")
    failed = apply_staged(kiosks["b"].sessions, agents["b"].data_dir, folder)
    assert failed is not None and not failed.ok
    after = local.read_content_state(kiosks["b"].sessions)
    assert after.revision == before.revision and after.content_sha256 == before.content_sha256
    assert after.failed_revision == failed.revision
    assert staged_revision(agents["b"].data_dir) is None
    assert apply_staged(kiosks["a"].sessions, agents["a"].data_dir, content_dir(kiosks["a"])).ok

    assert agents["b"].cycle() is None  # the failed revision is not fetched again and again
    agents["a"].cycle()
    capsys.readouterr()
    _code, report = fleet_json(central_url, capsys)
    by_id = {k["kiosk_id"]: k for k in report["kiosks"]}
    assert by_id["kiosk-b"]["flags"] == ["content differs"]
    assert by_id["kiosk-b"]["content_status"].startswith(f"failed {failed.revision}")
    assert "could not write" in by_id["kiosk-b"]["last_error"]
    assert by_id["kiosk-a"]["flags"] == []


def test_a_kiosk_held_at_a_revision_ignores_newer_packs_until_released(
    make_kiosk, central: Engine, central_url: str, tmp_path: Path, capsys
) -> None:
    kiosk = make_kiosk("a")
    agent = agent_for(kiosk, "a", central)
    data = ["--data-dir", str(agent.data_dir)]
    publish(tmp_path, "v1", "First", central_url)
    agent.cycle()
    first = apply_staged(kiosk.sessions, agent.data_dir, content_dir(kiosk))
    assert first and first.ok
    assert main(["content", "hold", *data]) == 0
    publish(tmp_path, "v2", "Second", central_url)
    assert agent.cycle() is None
    assert local.read_content_state(kiosk.sessions).revision == first.revision
    assert main(["content", "hold", "--release", *data]) == 0
    assert agent.cycle() is not None
    assert apply_staged(kiosk.sessions, agent.data_dir, content_dir(kiosk)).ok
    # Held at the first again by its short revision: the kiosk goes back to it.
    capsys.readouterr()
    assert (
        main(["content", "hold", first.revision[:10], *data, "--central-database", central_url])
        == 0
    )
    assert agent.cycle() == first.revision


@pytest.mark.parametrize("name", ["../outside.txt", "/etc/outside.txt", "images\\..\\..\\x.png"])
def test_an_archive_naming_a_file_outside_its_folder_is_refused(tmp_path: Path, name: str) -> None:
    import hashlib
    import io
    import zipfile

    from kiosk.errors import KioskError
    from kiosk.sync.content_pool import fetch
    from kiosk.sync.engine import open_central

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("content.json", "{}")
        archive.writestr(name, "escaped")
    data = buffer.getvalue()
    revision = hashlib.sha256(data).hexdigest()
    central = open_central(f"sqlite:///{tmp_path / 'pool.db'}")
    with central.begin() as connection:
        connection.execute(
            content_packs.insert().values(
                revision=revision,
                event_id="e",
                content_sha256="0" * 64,
                summary="",
                published_by="someone",
                size_bytes=len(data),
                archive=data,
            )
        )
    data_dir = tmp_path / "kiosk"
    with central.connect() as connection, pytest.raises(KioskError, match="unsafe file name"):
        fetch(connection, revision, data_dir)
    central.dispose()
    assert not (tmp_path / "outside.txt").exists()
    assert staged_revision(data_dir) is None
    assert list((data_dir / "fleet" / "staged").iterdir()) == []  # the partial folder went
