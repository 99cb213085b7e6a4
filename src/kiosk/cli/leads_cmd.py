"""``kiosk leads ACTION``: the group; each action lives in its own module.

Paper cards entered by staff (``add``), listings (``list``) and visitors' rights (``erase``,
``purge``) are separate concerns, so each module in LEADS_ACTION_MODULES adds its actions with
``register_actions(actions, parents)``.
"""

from __future__ import annotations

import argparse
import importlib

LEADS_ACTION_MODULES: tuple[str, ...] = (
    "kiosk.cli.leads_entry_cmd",
    "kiosk.cli.leads_rights_cmd",
)


def register(
    subparsers: argparse._SubParsersAction, parents: list[argparse.ArgumentParser]
) -> None:
    leads = subparsers.add_parser("leads", parents=parents, help="visitor leads")
    actions = leads.add_subparsers(dest="leads_command", metavar="ACTION", required=True)
    for module_name in LEADS_ACTION_MODULES:
        importlib.import_module(module_name).register_actions(actions, parents)
