#!/usr/bin/python3
# tests/test-e2e-a11y.py
#
# SPDX-FileCopyrightText: 2026 The Calf Check authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# End to end through the accessibility tree (dogtail, AT-SPI), as a
# screen-reader user would: the start page exposes one button per region,
# named exactly with the contract's display names (data/database/
# regions.json); activating "Achilles tendon" opens its first question
# (the first red-flag screen question for that region); answering every
# question (No, Not sure, the last choice; Skip on About You) reaches the
# results, whose triage banner names a level and that level's title from
# the database, takes the focus on arrival and has the alert role.
#
# Then every page a person can reach is swept: every focusable node has a
# name, none is named after a class or read with its mnemonic marker. The
# results' rows (a possible cause, an exercise, a self-test) are reached
# with real Tab and Enter key presses (xdotool), as a keyboard user does;
# the exercise's guided session is swept ready, running, while it asks
# before stopping, and stopped; Preferences and About from the main menu.
# GTK 4.8 does not report the "showing" state, so pages are told apart by
# what only they contain. Run by tests/meson.build in gtk-test-env.sh with
# CALF_TEST_A11Y=1; $CALF_CHECK_EXE is the binary under test.

import json
import os
import re
import subprocess
import sys
import time

import pyatspi

from calf_dogtail import (BUTTON_ROLES, ROW_ROLES, click, configure, dump, focused, gtk_version, key,
                          menu_item, name_or_text, named, press, tree, wait_for)

configure(delay=0.05)

SOURCE = os.environ["CALF_SOURCE_DIR"]
# Containers that take the focus only to pass it on (a list box's rows are
# named; the list itself reads its rows).
UNNAMED_OK = ("list", "list box", "panel", "filler", "frame", "window")
LEVEL_WORDS = {
    "emergency": "Emergency",
    "urgent": "Urgent",
    "soon": "See a doctor soon",
    "self-care": "Self-care",
}


def load(name):
    with open(os.path.join(SOURCE, "data", "database", name), encoding="utf-8") as f:
        return json.load(f)


def first_question(region_id):
    """The red-flag screen question the flow asks first in @region_id."""
    questions = [q for q in load("questions.json")["questions"]
                 if q.get("red_flag_screen") and "requires" not in q
                 and (q["regions"] == "all" or region_id in q["regions"])]
    return min(questions, key=lambda q: q["priority"])["text"]


def fail(message):
    print("not ok - " + message, file=sys.stderr)
    return 1



CLASS_NAME = re.compile(r"^(Gtk|Adw|Calf)[A-Z]")
# A name read with its mnemonic marker ("_Stop Stop").
MNEMONIC = re.compile(r"(^|\s)_\S")
# GTK 4.8's AT-SPI bridge reads any widget without a name by its type
# name. These are parts GTK and libadwaita build inside their own widgets
# (a scroll bar's range, libadwaita's gizmos, the squeezer inside
# AdwMessageDialog), which an application cannot reach to name; none of
# them takes the focus. Everything Calf Check creates must have a name.
# Newer GTK reads no class names, and there no exception applies.
LIBRARY_PARTS = ("AdwGizmo", "AdwSqueezer", "GtkRange", "GtkScrollbar")



def sweep(window, where, strict=True, unnamed_ok=()):
    """Every focusable node is named, and by words, not a class name (if
    @strict; otherwise only: no name read with its mnemonic marker).
    Roles in @unnamed_ok may go unnamed too (a library's own parts)."""
    bad = []

    def look(n):
        try:
            states = n.getState()
            focusable = states.contains(pyatspi.STATE_FOCUSABLE)
        except Exception:
            return False
        name = n.name or ""
        chain, p = [], n.parent
        while p is not None and len(chain) < 3:
            chain.append("%s %r" % (p.roleName, p.name))
            p = p.parent
        if MNEMONIC.search(name):
            bad.append("%s named with a mnemonic marker: %r (in %s)" % (n.roleName, name, " < ".join(chain)))
        elif not strict:
            pass
        elif CLASS_NAME.match(name) and (gtk_version() >= (4, 10) or name not in LIBRARY_PARTS):
            bad.append("%s named after a class: %r (in %s)" % (n.roleName, name, " < ".join(chain)))
        elif focusable and not name.strip() and n.roleName not in UNNAMED_OK + tuple(unnamed_ok):
            bad.append("unnamed focusable %s (in %s)" % (n.roleName, " < ".join(chain)))
        return False

    window.findChildren(look)
    if bad and os.environ.get("CALF_A11Y_DUMP"):
        dump(window, 0)
    if bad:
        return fail("%s:\n  %s" % (where, "\n  ".join(sorted(set(bad)))))
    if strict and unnamed_ok:
        print("ok - %s: every focusable node has a name (but the library's own %s), none a class name"
              % (where, ", ".join(unnamed_ok)))
    elif strict:
        print("ok - %s: every focusable node has a name, none a class name" % where)
    else:
        print("ok - %s: no name read with its mnemonic marker" % where)
    return 0








def back(window):
    click(wait_for(window, named("Back", BUTTON_ROLES), "the header bar's Back"))


def sweep_opened_by_keyboard(app, window):
    """The pages the results' rows open (a possible cause, an exercise and
    its guided session, a self-test), reached with Tab and Enter."""
    # A possible cause: its row expands, its last row opens its page.
    # (Newer GTK leaves a collapsed row's parts out of the tree.)
    causes = {c["name"] for c in load("conditions.json")["conditions"]}
    expander = window.findChildren(lambda n: n.roleName in ROW_ROLES and n.name in causes)
    if not expander:
        return fail("no possible cause listed on the results page")
    cause = expander[0].name
    if not press(window.findChildren(named(cause))):
        return fail("Tab never reached the possible cause %r" % cause)
    if not press(wait_for(window, named("About " + cause, ROW_ROLES), "'About %s'" % cause)):
        return fail("Tab never reached 'About %s'" % cause)
    wait_for(window, named("What It Is"), "the page about %r" % cause)
    if sweep(window, "page about the possible cause %r" % cause):
        return 1
    back(window)

    # An exercise of the plan, then its guided session, stopped.
    plan = window.findChildren(named("Your Exercise Plan"))
    if not plan:
        return fail("the results offer no exercise plan to sweep")
    names = {e["name"] for e in load("exercises.json")["exercises"]}
    rows = window.findChildren(lambda n: n.roleName in ROW_ROLES and n.name in names)
    if not rows:
        return fail("no exercise row on the results page")
    exercise = rows[0].name
    if not press(window.findChildren(named(exercise))):
        return fail("Tab never reached the exercise %r" % exercise)
    start = wait_for(window, named("Start Guided Session", BUTTON_ROLES), "the exercise page of %r" % exercise)
    if sweep(window, "exercise page %r" % exercise):
        return 1
    click(start)
    begin = wait_for(window, named("Start", BUTTON_ROLES), "the session's Start")
    if sweep(window, "session of %r, before it starts" % exercise):
        return 1
    click(begin)
    wait_for(window, named("Stop", BUTTON_ROLES), "the running session's Stop")
    if sweep(window, "running session of %r" % exercise):
        return 1
    click(window.findChildren(named("Stop", BUTTON_ROLES))[0])
    dialog = wait_for(app, lambda n: n.roleName in ("dialog", "alert", "frame") and n.name == "Stop the Exercise?",
                      "the question before stopping")
    if sweep(dialog, "the question before stopping"):
        return 1
    click(wait_for(dialog, named("Stop", BUTTON_ROLES), "the dialog's Stop"))
    wait_for(window, lambda n: " sets done" in name_or_text(n), "the stopped session's summary")
    if sweep(window, "stopped session of %r" % exercise):
        return 1
    back(window)
    back(window)

    # A self-test, checked.
    test = window.findChildren(named("Knee-to-Wall Test", ROW_ROLES))
    if not test:
        return fail("the results offer no self-test to sweep")
    if not press(test[0]):
        return fail("Tab never reached the Knee-to-Wall Test")
    check = wait_for(window, named("Show What It Means", BUTTON_ROLES), "the self-test's Show What It Means")
    if sweep(window, "Knee-to-Wall Test"):
        return 1
    click(check)
    time.sleep(0.5)
    if sweep(window, "Knee-to-Wall Test, checked"):
        return 1
    back(window)
    return 0


def sweep_windows(app, window):
    """Preferences and About, opened from the main menu.

    The About window is libadwaita's own. On GTK 4.8 with libadwaita 1.2
    (Debian 12) its parts have no names (icon-only Back buttons, lists,
    scroll panes) and GTK reads them by class; nothing in it is Calf
    Check's to name, so there it is checked only for mnemonic markers
    (which the app does fix). The newer stack sweeps it in full, but for
    its scroll panes: libadwaita 1.7 leaves them unnamed (GTK lets a scroll
    pane take the focus, so that a keyboard can scroll it), and there is
    no name Calf Check could give them from outside."""
    old_gtk = tuple(int(x) for x in os.environ["CALF_GTK_VERSION"].split(".")[:2]) < (4, 10)
    for item, marker, strict, unnamed_ok in (
            ("Preferences", "Emergency Number", True, ()),
            ("About Calf Check", os.environ["CALF_VERSION"], not old_gtk, ("scroll pane",))):
        click(wait_for(window, lambda n: n.name == "Main Menu" and "click" in n.actions, "the main menu"))
        click(wait_for(app, menu_item(item), "the menu item %r" % item))
        other = wait_for(app, lambda n: n.roleName in ("frame", "dialog") and n.name != "Calf Check"
                         and n.findChildren(named(marker)), "the window %r opens" % item)
        if sweep(other, "window opened by %r" % item, strict, unnamed_ok):
            return 1
        key("Escape")
        time.sleep(0.5)
    return 0


def sweep_history(app, window):
    """The History page from the main menu, with the assessment just done
    in it (issue 15): every control named, the delete buttons by what they
    delete."""
    click(wait_for(window, lambda n: n.name == "Main Menu" and "click" in n.actions, "the main menu"))
    click(wait_for(app, menu_item("History"), "the menu item 'History'"))
    wait_for(window, lambda n: n.name == "Assessments" and n.roleName == "heading", "the History page")
    deletes = wait_for(window, lambda n: (n.name or "").startswith("Delete ") and n.roleName in BUTTON_ROLES,
                       "a delete button for the assessment kept")
    print("ok - the History page lists the assessment: %r" % deletes.name)
    if sweep(window, "History page"):
        return 1
    back(window)
    return 0


def main():
    regions = load("regions.json")["regions"]
    triage = {t["level"]: t["title"] for t in load("scoring.json")["triage_levels"]}

    proc = subprocess.Popen([os.environ["CALF_CHECK_EXE"]])
    try:
        app = tree.root.application("calf-check")
        window = app.child(roleName="frame", name="Calf Check")

        if sweep(window, "start page"):
            return 1

        # One button per region, named exactly as in the contract.
        for region in regions:
            buttons = window.findChildren(
                lambda n, name=region["name"]: n.name == name and n.roleName in BUTTON_ROLES)
            if len(buttons) != 1:
                return fail("%d buttons named %r, expected 1" % (len(buttons), region["name"]))
            if "click" not in buttons[0].actions:
                return fail("button %r cannot be clicked" % region["name"])
            if buttons[0].description == region["name"]:
                return fail("button %r repeats its name as its description" % region["name"])
        print("ok - one button per region, named as in the contract")

        achilles = [n for n in window.findChildren(
            lambda n: n.name == "Achilles tendon" and n.roleName in BUTTON_ROLES)][0]
        click(achilles)

        expected = first_question("achilles")
        label = None
        for _ in range(50):
            labels = window.findChildren(lambda n: n.name == expected)
            if labels:
                label = labels[0]
                break
            time.sleep(0.1)
        if label is None:
            return fail("the first question %r did not open" % expected)
        print("ok - 'Achilles tendon' opens its first question: " + expected)
        if sweep(window, "question page"):
            return 1

        # A warning sign answered Yes: the warning-sign page takes the
        # focus on its banner, an alert named with the emergency triage.
        click(wait_for(window, named("Yes", BUTTON_ROLES), "the answer Yes"))
        emergency = "%s: %s" % (LEVEL_WORDS["emergency"], triage["emergency"])
        node = None
        for _ in range(30):
            node = focused(window)
            if node is not None and node.roleName == "alert":
                break
            time.sleep(0.1)
        if node is None or node.roleName != "alert" or node.name != emergency:
            return fail("the focus on the warning-sign page is %r %r, not the banner %r" %
                        (node.roleName if node else None, node.name if node else None, emergency))
        print("ok - the warning-sign page puts the focus on its banner (role alert): " + node.name)
        if sweep(window, "warning-sign page"):
            return 1
        click(wait_for(window, named("Change My Answer", BUTTON_ROLES), "Change My Answer"))
        wait_for(window, named(expected), "the first question again")

        # Answer through to the results. One walk of the tree per step
        # (walks are slow): the answer buttons, About You's Skip, the
        # red-flag page's way on, or the triage banner of the results.
        text = None
        for step in range(150):
            found = {}
            groups = []

            def look(n):
                if n.roleName in BUTTON_ROLES and n.name in ("Skip", "No", "Not sure", "Continue to Results"):
                    found.setdefault(n.name, n)
                elif n.roleName in ("panel", "grouping", "group") and n.name and n.name.endswith("?"):
                    groups.append(n)
                elif n.name and ": " in n.name and n.name.split(": ", 1)[0] in LEVEL_WORDS.values():
                    found.setdefault("banner", n)
                return False

            window.findChildren(look)

            if "Continue to Results" in found:
                click(found["Continue to Results"])
            elif "banner" in found:
                text = found["banner"].name
                break
            elif "Skip" in found:
                click(found["Skip"])
            elif "No" in found:
                click(found["No"])
            elif "Not sure" in found:
                click(found["Not sure"])
            else:
                # A choice question: its answers are the buttons of the
                # group named with the question.
                choices = [c for c in groups[-1].children if c.roleName in BUTTON_ROLES] if groups else []
                if not choices:
                    return fail("step %d: nothing to answer" % step)
                click(choices[-1])
        if text is None:
            return fail("no results after 150 steps")

        level_word, title = text.split(": ", 1)
        levels = [level for level, word in LEVEL_WORDS.items() if word == level_word]
        if len(levels) != 1 or triage[levels[0]] != title:
            return fail("triage banner %r does not match the database" % text)
        print("ok - results reached with the triage banner: " + text)

        # Arriving at the results puts the focus on the banner, an alert
        # named with the triage, so a screen reader says it first.
        node = None
        for _ in range(30):
            node = focused(window)
            if node is not None and node.roleName == "alert":
                break
            time.sleep(0.1)
        if node is None or node.roleName != "alert" or node.name != text:
            return fail("the focus on arrival is %r %r, not the triage banner" %
                        (node.roleName if node else None, node.name if node else None))
        print("ok - the focus is on the banner (role alert): " + node.name)
        if sweep(window, "results page"):
            return 1

        # The pages the results open: every answer given, and every warning
        # sign with what to do.
        for button_name, page_marker in (("Your Answers", "Age and Sex"),
                                         ("All Safety Advice", None)):
            buttons = window.findChildren(lambda n, b=button_name: n.name == b and n.roleName in BUTTON_ROLES)
            if not buttons:
                return fail("no %r button on the results page" % button_name)
            click(buttons[0])
            if page_marker is not None:
                for _ in range(30):
                    if window.findChildren(lambda n, m=page_marker: n.name == m):
                        break
                    time.sleep(0.1)
                else:
                    return fail("%r did not open its page" % button_name)
            else:
                time.sleep(1)
            if sweep(window, "page opened by %r" % button_name):
                return 1
            back = window.findChildren(lambda n: n.name == "Back" and n.roleName in BUTTON_ROLES)
            if not back:
                return fail("no Back button in the header bar")
            click(back[0])

        if sweep_opened_by_keyboard(app, window):
            return 1
        if sweep_windows(app, window):
            return 1
        if sweep_history(app, window):
            return 1
        return 0
    finally:
        if proc.poll() is not None:
            print("not ok - Calf Check exited with %d" % proc.returncode, file=sys.stderr)
        proc.terminate()
        proc.wait(timeout=10)


if __name__ == "__main__":
    sys.exit(main())
