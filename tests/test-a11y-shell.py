#!/usr/bin/python3
# tests/test-a11y-shell.py
#
# SPDX-FileCopyrightText: 2026 The Calf Check authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Through the accessibility tree (dogtail, AT-SPI): the app's window is
# named "Calf Check", its main menu button is reachable by name, and
# the menu offers Keyboard Shortcuts and About Calf Check; About opens the
# about window. Run by tests/meson.build in gtk-test-env.sh with
# CALF_TEST_A11Y=1; $CALF_CHECK_EXE is the binary under test.

import os
import subprocess
import sys
import time

from calf_dogtail import configure, menu_item, tree

configure(delay=0.1)

def main():
    version = os.environ["CALF_VERSION"]
    proc = subprocess.Popen([os.environ["CALF_CHECK_EXE"]])
    try:
        app = tree.root.application("calf-check")
        window = app.child(roleName="frame", name="Calf Check")
        print("ok - window named 'Calf Check'")

        # GtkMenuButton shows as a button holding the clickable button.
        buttons = window.findChildren(
            lambda n: n.name == "Main Menu" and "click" in n.actions)
        if not buttons:
            print("not ok - no clickable button named 'Main Menu'", file=sys.stderr)
            return 1
        buttons[0].doActionNamed("click")
        print("ok - main menu button")

        about_item = app.findChild(menu_item("About Calf Check"))
        app.findChild(menu_item("Keyboard Shortcuts"))
        print("ok - menu items")

        about_item.doActionNamed("click")
        about = None
        for _ in range(50):
            frames = [c for c in app.children
                      if c.roleName in ("frame", "dialog") and c.name != "Calf Check"
                      and c.findChildren(lambda n: n.name == version)]
            if frames:
                about = frames[0]
                break
            time.sleep(0.1)
        if about is None:
            print("not ok - about window did not open", file=sys.stderr)
            return 1
        print(f"ok - about window opened, showing version {version}")
        return 0
    finally:
        proc.terminate()
        proc.wait(timeout=10)

if __name__ == "__main__":
    sys.exit(main())
