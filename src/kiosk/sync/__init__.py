"""Several kiosks, one lead pool: PostgreSQL fed by a transactional outbox on every kiosk.

A pavilion runs 2–10 kiosks, sometimes in several halls; staff want one merged pool of leads,
while each kiosk must keep working offline and never lose a lead.

How it works
    Each kiosk's SQLite file stays the durable store. A lead, its visits, consents, interests
    and matching requests are committed together with one ``sync_outbox`` row per fact row, in
    the same local transaction (:mod:`kiosk.data.outbox`). A pusher (:mod:`.pusher`) on a
    background thread, or ``kiosk sync``, sends the outbox in batches to PostgreSQL with
    idempotent upserts keyed by UUID (:mod:`.central`), then marks them sent; a crash between
    the two only replays a batch, which changes nothing. Every batch has a deadline, failures
    back off, connections have connect timeouts and TCP keepalives. Halls with no network at
    all bring their ``kiosk.db`` on a USB stick: ``kiosk merge FILE...`` (:mod:`.transfer`)
    uses the same upserts. Duplicate people across kiosks (same normalised email or E.164 phone
    within an event) are merged by a re-runnable step that never changes raw rows and keeps
    every consent as history (:mod:`.people`).

Why not write to PostgreSQL directly from the kiosk
    Measured before this was built: through a frozen link a save blocked the UI for the whole
    freeze; a connection reset lost the lead; a dead link was noticed only after minutes
    (libpq's ``tcp_user_timeout`` does nothing on Windows). A local commit first makes "Thank
    you" mean durable whatever the network does.

Why PostgreSQL + outbox and not a replication engine
    Litestream and LiteFS replicate one writer; here every kiosk writes. rqlite and dqlite need
    a Raft majority online to accept a write, which a hall cut off from the others does not
    have. cr-sqlite (CRDTs in SQLite) has stalled. ElectricSQL and PowerSync route writes
    through a backend of your own. SymmetricDS does offline multi-master but needs Java on every
    kiosk. Leads are append-only facts with UUID keys, so the conflict resolution a general
    engine would bring is not needed: "insert if absent, newer lead wins" is the whole merge
    rule, an existing PostgreSQL holds the pool, and the kiosk needs nothing but psycopg.
"""
