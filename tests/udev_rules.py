"""A small evaluator of udev rules files, enough for ``99-pavilion-kiosk-usb.rules``: match keys
``ACTION``, ``SUBSYSTEM``, ``KERNEL``, ``ENV{KEY}`` with ``==``/``!=`` (shell globs and ``|``
alternatives, as udev has them), ``RUN+=`` with the ``%k``, ``$kernel``, ``$devnode`` and
``$env{KEY}`` substitutions. Any other key fails loudly, so the rule cannot quietly outgrow it."""

from __future__ import annotations

import fnmatch
import re
import shlex
from pathlib import Path

_TERM = re.compile(r'\s*([A-Z_]+(?:\{[^}]*\})?)\s*(==|!=|\+=|=)\s*"((?:[^"\\]|\\.)*)"\s*(?:,|$)')


def parse_properties(udevadm_info: str) -> dict[str, str]:
    """``E: KEY=VALUE`` lines of ``udevadm info --query=all`` as a dict."""
    return dict(
        line[3:].split("=", 1) for line in udevadm_info.splitlines() if line.startswith("E: ")
    )


def parse_rules(text: str) -> list[list[tuple[str, str, str]]]:
    rules = []
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        terms, position = [], 0
        while position < len(line):
            found = _TERM.match(line, position)
            if not found:
                raise ValueError(f"rules line {number}: cannot read {line[position:]!r}")
            terms.append(found.groups())
            position = found.end()
        rules.append(terms)
    return rules


def _matches(value: str, pattern: str) -> bool:
    return any(fnmatch.fnmatchcase(value, p) for p in pattern.split("|"))


def _lookup(key: str, action: str, properties: dict[str, str]) -> str:
    if key == "ACTION":
        return action
    if key in ("SUBSYSTEM", "DEVTYPE"):
        return properties.get(key, "")
    if key == "KERNEL":
        return Path(properties["DEVNAME"]).name
    if key.startswith("ENV{"):
        return properties.get(key[4:-1], "")
    raise ValueError(f"the evaluator does not know the match key {key}")


def substitute(template: str, properties: dict[str, str]) -> str:
    kernel = Path(properties["DEVNAME"]).name
    text = template.replace("%k", kernel).replace("$kernel", kernel)
    text = text.replace("$devnode", properties["DEVNAME"])
    return re.sub(r"\$env\{([^}]+)\}", lambda m: properties.get(m.group(1), ""), text)


def run_programs(rules_text: str, action: str, properties: dict[str, str]) -> list[list[str]]:
    """The RUN programs udev would start for this event, as argument lists."""
    programs = []
    for terms in parse_rules(rules_text):
        wanted = []
        matched = True
        for key, op, value in terms:
            if op in ("==", "!="):
                if _matches(_lookup(key, action, properties), value) != (op == "=="):
                    matched = False
                    break
            elif key in ("RUN", "RUN{program}") and op == "+=":
                wanted.append(shlex.split(substitute(value, properties)))
            else:
                raise ValueError(f"the evaluator does not know {key}{op}")
        if matched:
            programs.extend(wanted)
    return programs
