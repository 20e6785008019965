#!/usr/bin/python3
# tests/test-l10n-window.py
#
# SPDX-FileCopyrightText: 2026 The Calf Check authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# The window in every language of po/LINGUAS (issue 16), read through the
# accessibility tree as a screen reader would, under LANG=de_DE.UTF-8 (and
# es_ES, …): the start page, a question, a warning-sign page, the results,
# the safety advice, an exercise and its guided session, Preferences and
# About. Each page is walked with the translated names a person would
# click, and fails if any of its names, descriptions or texts still shows
# an English message the catalogue translates (references keep the titles
# of their English sources). Run by tests/meson.build in gtk-test-env.sh
# with CALF_TEST_A11Y=1; $CALF_CHECK_EXE is the binary under test.

import json
import os
import subprocess
import sys
import tempfile
import time

from calf_dogtail import (BUTTON_ROLES, ROW_ROLES, click, configure, dump, key, menu_item,
                          menu_item_label, named, press, tree, wait_for)
from calf_l10n import catalogue, english_left, languages, locale_env, references

configure(delay=0.05)

SOURCE = os.environ["CALF_SOURCE_DIR"]
LOCALEDIR = os.environ["CALF_CHECK_LOCALEDIR"]
QUOTED = references(SOURCE)
failures = 0


def load(name):
    with open(os.path.join(SOURCE, "data", "database", name), encoding="utf-8") as f:
        return json.load(f)


def report(good, message, detail=()):
    global failures
    print(("ok - " if good else "not ok - ") + message)
    if not good:
        failures += 1
        for line in detail:
            print("#   " + line)


def shown_text(root):
    """Everything @root's tree says: names, descriptions and the text of
    every text node."""
    texts = []

    def look(n):
        for attr in ("name", "description"):
            try:
                value = getattr(n, attr)
            except Exception:
                value = None
            if value:
                texts.append(value)
        try:
            texts.append(n.queryText().getText(0, -1))
        except Exception:
            pass
        if n.roleName in ("menu item", "check menu item", "radio menu item"):
            texts.append(menu_item_label(n))
        return False

    root.findChildren(look)
    return "\n".join(t for t in texts if t)


class Walk:
    def __init__(self, lang, app, window):
        self.lang = lang
        self.app = app
        self.window = window
        self.t = catalogue(LOCALEDIR, lang)

    def _(self, msgid):
        return self.t.gettext(msgid)

    def label(self, msgid):
        """A button's name: its translated label without the access key's
        underscore."""
        return self._(msgid).replace("_", "", 1)

    def check(self, where, root=None):
        left = english_left(self.t._catalog, shown_text(root or self.window), QUOTED)
        report(not left, "%s: %s shows no English message" % (self.lang, where), left[:20])

    def back(self):
        click(wait_for(self.window, named(self._("Back"), BUTTON_ROLES), "the header bar's Back"))

    def banner(self):
        words = [self.t.pgettext("triage level", w) for w in ("Emergency", "Urgent", "See a doctor soon", "Self-care")]
        return lambda n: n.roleName == "alert" and (n.name or "").split(": ", 1)[0] in words


def first_question(region_id):
    questions = [q for q in load("questions.json")["questions"]
                 if q.get("red_flag_screen") and "requires" not in q
                 and (q["regions"] == "all" or region_id in q["regions"])]
    return min(questions, key=lambda q: q["priority"])["text"]


def answer_to_results(w):
    """No, Not sure, a choice's last answer and Skip, as the e2e test does,
    by their translated names."""
    names = {w.label("_No"): "no", w.label("Not _sure"): "unsure", w.label("Can’t _check now"): "unsure",
             w.label("S_kip"): "skip", w.label("Continue to _Results"): "results"}
    is_banner = w.banner()
    for step in range(150):
        found, groups = {}, []

        def look(n):
            if n.roleName in BUTTON_ROLES and n.name in names:
                found.setdefault(names[n.name], n)
            elif n.roleName in ("panel", "grouping", "group") and n.name and \
                    sum(c.roleName in BUTTON_ROLES for c in n.children) >= 2:
                groups.append(n)
            elif is_banner(n):
                found.setdefault("banner", n)
            return False

        w.window.findChildren(look)
        for kind in ("results", "banner", "skip", "no", "unsure"):
            if kind in found:
                break
        else:
            kind = None
        if kind == "banner":
            return found["banner"]
        if kind is not None:
            click(found[kind])
            continue
        choices = [c for c in groups[-1].children if c.roleName in BUTTON_ROLES] if groups else []
        if not choices:
            if os.environ.get("CALF_A11Y_DUMP"):
                dump(w.window, 0)
            raise AssertionError("step %d: nothing to answer" % step)
        click(choices[-1])
    raise AssertionError("no results after 150 steps")


def walk(w):
    window = w.window
    region = w._("Achilles tendon")
    button = wait_for(window, named(region, BUTTON_ROLES), "the region button %r" % region)
    w.check("the start page")

    click(button)
    question = w._(first_question("achilles"))
    wait_for(window, named(question), "the first question %r" % question)
    w.check("a question")

    click(wait_for(window, named(w.label("_Yes"), BUTTON_ROLES), "the answer Yes"))
    wait_for(window, w.banner(), "the warning-sign page's banner")
    w.check("the warning-sign page")
    click(wait_for(window, named(w.label("_Change My Answer"), BUTTON_ROLES), "Change My Answer"))
    wait_for(window, named(question), "the first question again")

    banner = answer_to_results(w)
    print("ok - %s: results reached: %s" % (w.lang, banner.name))
    w.check("the results page")

    click(wait_for(window, named(w.label("All _Safety Advice"), BUTTON_ROLES), "All Safety Advice"))
    wait_for(window, named(w._("What Calf Check Cannot Do")), "the safety page")
    w.check("the safety page")
    w.back()

    exercises = {w._(e["name"]) for e in load("exercises.json")["exercises"]}
    rows = window.findChildren(lambda n: n.roleName in ROW_ROLES and n.name in exercises)
    if not rows:
        report(False, "%s: the results offer an exercise" % w.lang)
        return
    if not press(window.findChildren(named(rows[0].name))):
        report(False, "%s: Tab reaches the exercise %r" % (w.lang, rows[0].name))
        return
    start = wait_for(window, named(w.label("_Start Guided Session"), BUTTON_ROLES), "the exercise page")
    w.check("the exercise page")
    click(start)
    wait_for(window, named(w.label("_Start"), BUTTON_ROLES), "the session's Start")
    w.check("the guided session")
    w.back()
    w.back()

    for item in ("_Preferences", "_About Calf Check"):
        click(wait_for(window, lambda n: n.name == w._("Main Menu") and "click" in n.actions, "the main menu"))
        click(wait_for(w.app, menu_item(w.label(item)), "the menu item %r" % w.label(item)))
        other = wait_for(w.app, lambda n: n.roleName in ("frame", "dialog") and n.name != "Calf Check",
                         "the window %r" % w.label(item))
        time.sleep(0.5)
        w.check("the window of %r" % w.label(item), other)
        key("Escape")
        time.sleep(0.5)


def main():
    langs = os.environ.get("CALF_L10N_LANGUAGES", "").split() or languages(SOURCE)
    with tempfile.TemporaryDirectory() as tmp:
        for lang in langs:
            env = dict(os.environ)
            env.update(locale_env(lang, tmp))
            # A first run in each language: nothing saved by the one before.
            for var in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
                env[var] = os.path.join(tmp, lang, var.lower())
                os.makedirs(env[var], exist_ok=True)
            proc = subprocess.Popen([os.environ["CALF_CHECK_EXE"]], env=env)
            try:
                app = tree.root.application("calf-check")
                window = app.child(roleName="frame", name="Calf Check")
                walk(Walk(lang, app, window))
            except AssertionError as e:
                report(False, "%s: %s" % (lang, e))
            finally:
                if proc.poll() is not None:
                    report(False, "%s: Calf Check exited with %d" % (lang, proc.returncode))
                proc.terminate()
                proc.wait(timeout=10)
                time.sleep(1)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
