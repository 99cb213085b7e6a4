"""The phrase staff type to delete every lead, exported or not (``kiosk wipe --all``, the staff
Wipe panel). Here, Qt- and database-free, so the command line can name it in its help without
loading the database layer (``kiosk run`` must not, before its first picture)."""

CONFIRMATION = "DELETE ALL LEADS"
