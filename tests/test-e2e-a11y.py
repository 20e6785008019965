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
# the database. GTK 4.8 does not report the "showing" state, so pages
# are told apart by what only they contain. Run by tests/meson.build in gtk-test-env.sh with
# CALF_TEST_A11Y=1; $CALF_CHECK_EXE is the binary under test.

import json
import os
import subprocess
import sys
import time

from calf_dogtail import configure, tree

configure(delay=0.05)

SOURCE = os.environ["CALF_SOURCE_DIR"]
BUTTON_ROLES = ("push button", "button")
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


def main():
    regions = load("regions.json")["regions"]
    triage = {t["level"]: t["title"] for t in load("scoring.json")["triage_levels"]}

    proc = subprocess.Popen([os.environ["CALF_CHECK_EXE"]])
    try:
        app = tree.root.application("calf-check")
        window = app.child(roleName="frame", name="Calf Check")

        # One button per region, named exactly as in the contract.
        for region in regions:
            buttons = window.findChildren(
                lambda n, name=region["name"]: n.name == name and n.roleName in BUTTON_ROLES)
            if len(buttons) != 1:
                return fail("%d buttons named %r, expected 1" % (len(buttons), region["name"]))
            if "click" not in buttons[0].actions:
                return fail("button %r cannot be clicked" % region["name"])
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
        return 0
    finally:
        proc.terminate()
        proc.wait(timeout=10)


if __name__ == "__main__":
    sys.exit(main())
