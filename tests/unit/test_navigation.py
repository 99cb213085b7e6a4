"""The visitor's screen stack: Home under every visit, no duplicates, attract alone."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kiosk.ui.navigation import ATTRACT, HOME, SCREENS, Entry, Navigator, UnknownScreen


def screens(nav: Navigator) -> list[str]:
    return [entry.screen for entry in nav.stack]


def test_starts_on_the_attract_loop_outside_any_visit() -> None:
    nav = Navigator()
    assert screens(nav) == [ATTRACT]
    assert not nav.in_visit and not nav.can_go_back


def test_leaving_attract_puts_home_under_the_first_screen() -> None:
    nav = Navigator()
    assert nav.go("directory")
    assert screens(nav) == [HOME, "directory"]
    assert nav.in_visit and nav.can_go_back


def test_going_deeper_then_back_retraces_the_path() -> None:
    nav = Navigator()
    nav.home()
    nav.go("directory")
    nav.go("exhibitor", "macau-tea-co")
    nav.go("map", "macau-tea-co")
    assert screens(nav) == [HOME, "directory", "exhibitor", "map"]
    assert nav.back() and nav.current == Entry("exhibitor", "macau-tea-co")
    assert nav.back() and nav.current.screen == "directory"
    assert nav.back() and nav.current.screen == HOME
    assert not nav.back(), "Home has nothing behind it"
    assert screens(nav) == [HOME]


def test_a_screen_already_in_the_stack_is_returned_to_not_stacked_again() -> None:
    nav = Navigator()
    nav.go("directory")
    nav.go("exhibitor", "a")
    nav.go("map", "a")
    assert nav.go("directory")
    assert nav.stack == (Entry(HOME), Entry("directory"))


def test_back_from_an_exhibitor_opened_on_the_map_returns_to_the_map() -> None:
    nav = Navigator()
    nav.go("directory")
    nav.go("exhibitor", "a")
    nav.go("map", "a")
    nav.go("exhibitor", "b")
    assert nav.stack == (
        Entry(HOME),
        Entry("directory"),
        Entry("map", "a"),
        Entry("exhibitor", "b"),
    )
    assert nav.back() and nav.current == Entry("map", "a")
    assert nav.back() and nav.current == Entry("directory")


def test_same_screen_same_argument_is_no_change() -> None:
    nav = Navigator()
    nav.go("exhibitor", "a")
    assert not nav.go("exhibitor", "a")
    assert nav.home() and screens(nav) == [HOME]
    assert not nav.home()


def test_reset_and_attract_end_the_visit() -> None:
    nav = Navigator()
    nav.go("about")
    assert nav.reset()
    assert screens(nav) == [ATTRACT] and not nav.in_visit
    assert not nav.reset()
    nav.go("about")
    assert nav.go(ATTRACT)
    assert screens(nav) == [ATTRACT]


def test_unknown_screen_is_refused_and_changes_nothing() -> None:
    nav = Navigator()
    nav.go("about")
    with pytest.raises(UnknownScreen, match="nowhere"):
        nav.go("nowhere")
    assert screens(nav) == [HOME, "about"]


@given(st.lists(st.tuples(st.sampled_from([*SCREENS, "back"]), st.sampled_from(["", "x", "y"]))))
def test_any_journey_keeps_the_stack_well_formed(steps: list[tuple[str, str]]) -> None:
    nav = Navigator()
    for screen, argument in steps:
        if screen == "back":
            nav.back()
        else:
            nav.go(screen, argument)
        names = screens(nav)
        if names == [ATTRACT]:
            continue
        assert names[0] == HOME and ATTRACT not in names
        assert len(names) == len(set(names)) <= len(SCREENS) - 1


def test_thank_you_sits_right_above_home_so_back_never_returns_to_the_sent_form() -> None:
    nav = Navigator()
    nav.go("directory")
    nav.go("exhibitor", "macau-tea-co")
    nav.go("contact", "macau-tea-co")
    assert screens(nav) == [HOME, "directory", "exhibitor", "contact"]
    assert nav.go("thanks")
    assert screens(nav) == [HOME, "thanks"]
    assert nav.back() and screens(nav) == [HOME]


@given(
    st.lists(st.tuples(st.sampled_from([*SCREENS, "back"]), st.sampled_from(["", "x", "y"]))),
    st.sampled_from(sorted(set(SCREENS) - {ATTRACT, HOME, "thanks"})),
    st.sampled_from(["", "x", "y"]),
)
def test_back_always_returns_to_the_screen_the_visitor_came_from(
    steps: list[tuple[str, str]], screen: str, argument: str
) -> None:
    nav = Navigator()
    for name, arg in steps:
        nav.back() if name == "back" else nav.go(name, arg)
    came_from = nav.current
    # Outside a visit Home comes first; a screen shown before is returned to; and one exhibitor
    # page replaces another of its kind (the history holds one of each kind).
    if not nav.in_visit or Entry(screen, argument) in nav.stack or came_from.screen == screen:
        return
    assert nav.go(screen, argument)
    assert nav.back() and nav.current == came_from
