"""Staff mode in the kiosk window: the hidden gesture, the PIN pad and the dashboard.

``bridge.StaffBridge`` is the one object QML sees (``KioskBackend``); it owns a controller per
dashboard panel (overview, export, wipe, content, settings, audit, sync). Every slow step (PIN
hashing, dashboard figures, export, wipe, content import, the pool's status) runs on the
bridge's ``jobs.JobRunner`` and reports back by signals. The modules without Qt in their name
(``gesture``, ``pin_entry``, ``volumes``, ``folders``) are plain Python, unit-tested alone.
"""
