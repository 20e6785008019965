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
# the database, takes the focus on arrival and has the alert role. On the
# start, question and results pages and the pages the results open,
# every focusable node has a name and none is named after a class. GTK 4.8 does not report the "showing" state, so pages
# are told apart by what only they contain. Run by tests/meson.build in gtk-test-env.sh with
# CALF_TEST_A11Y=1; $CALF_CHECK_EXE is the binary under test.

import json
import os
import re
import subprocess
import sys
import time

import pyatspi

from calf_dogtail import configure, tree

configure(delay=0.05)

SOURCE = os.environ["CALF_SOURCE_DIR"]
BUTTON_ROLES = ("push button", "button")
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


def click(node):
    node.doActionNamed("click")
    # GtkButton shows itself pressed for a moment before ::clicked.
    time.sleep(0.4)


CLASS_NAME = re.compile(r"^(Gtk|Adw|Calf)[A-Z]")
# GTK 4.8's AT-SPI bridge reads any widget without a name by its type
# name. These are parts GTK and libadwaita build inside their own widgets
# (a scroll bar's range, libadwaita's gizmos), which an application cannot
# reach to name; everything Calf Check creates must have a name.
LIBRARY_PARTS = ("AdwGizmo", "GtkRange", "GtkScrollbar")


def sweep(window, where):
    """Every focusable node is named, and by words, not a class name."""
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
        if CLASS_NAME.match(name) and name not in LIBRARY_PARTS:
            bad.append("%s named after a class: %r (in %s)" % (n.roleName, name, " < ".join(chain)))
        elif focusable and not name.strip() and n.roleName not in UNNAMED_OK:
            bad.append("unnamed focusable %s (in %s)" % (n.roleName, " < ".join(chain)))
        return False

    window.findChildren(look)
    if bad and os.environ.get("CALF_A11Y_DUMP"):
        def dump(n, depth):
            try:
                st = n.getState()
                flags = ("F" if st.contains(pyatspi.STATE_FOCUSABLE) else "") + ("S" if st.contains(pyatspi.STATE_SHOWING) else "")
            except Exception:
                flags = "?"
            print("  " * depth + "%s %r %s" % (n.roleName, n.name, flags))
            for c in n.children:
                dump(c, depth + 1)
        dump(window, 0)
    if bad:
        return fail("%s:\n  %s" % (where, "\n  ".join(sorted(set(bad)))))
    print("ok - %s: every focusable node has a name, none a class name" % where)
    return 0


def focused(window):
    nodes = window.findChildren(lambda n: n.getState().contains(pyatspi.STATE_FOCUSED))
    return nodes[0] if nodes else None


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
        for button_name, page_marker in (("Your Answers", "Age and sex"),
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
        return 0
    finally:
        proc.terminate()
        proc.wait(timeout=10)


if __name__ == "__main__":
    sys.exit(main())
