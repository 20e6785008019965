#!/usr/bin/python3
# tests/test-body-map-atspi.py
#
# SPDX-FileCopyrightText: 2026 The Calf Check authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Through the accessibility tree (dogtail, AT-SPI): the body map exposes
# exactly one button per region, named with the contract's display name,
# with a "click" action that activates the region; the region list's rows
# are not buttons. Run by tests/meson.build in gtk-test-env.sh with
# CALF_TEST_A11Y=1; $CALF_BODY_MAP_DEMO is tests/body-map-demo.

import os
import subprocess
import sys

from calf_dogtail import configure, tree

configure(delay=0.1)

REGIONS = {
    "back-of-knee": "Behind the knee",
    "upper-calf-inner": "Upper calf, inner side",
    "upper-calf-outer": "Upper calf, outer side",
    "mid-calf": "Middle of the calf",
    "lower-calf": "Lower calf",
    "achilles": "Achilles tendon",
    "heel": "Back of the heel",
    "whole-lower-leg": "Whole calf or lower leg",
}


def fail(message):
    print("not ok - " + message, file=sys.stderr)
    return 1


def main():
    proc = subprocess.Popen([os.environ["CALF_BODY_MAP_DEMO"]],
                            stdout=subprocess.PIPE, text=True)
    try:
        app = tree.root.application("calf-body-map-demo")
        window = app.child(roleName="frame", name="Body Map")

        for region_id, name in REGIONS.items():
            buttons = window.findChildren(
                lambda n, name=name: n.name == name and n.roleName in ("push button", "button"))
            if len(buttons) != 1:
                return fail("%d buttons named %r, expected 1" % (len(buttons), name))
            if "click" not in buttons[0].actions:
                return fail("button %r has no click action (%r)" % (name, list(buttons[0].actions)))
            rows = window.findChildren(lambda n, name=name: n.name == name and n.roleName == "list item")
            if len(rows) != 1:
                return fail("%d list rows named %r, expected 1" % (len(rows), name))
        print("ok - one button and one list row per region, with the display names")

        # Activating a button activates its region (and only it).
        for region_id in ("achilles", "upper-calf-inner", "whole-lower-leg"):
            button = window.findChildren(
                lambda n: n.name == REGIONS[region_id] and n.roleName in ("push button", "button"))[0]
            button.doActionNamed("click")
            line = proc.stdout.readline().strip()
            if line != "activated CalfBodyMap " + region_id:
                return fail("clicking %r printed %r" % (REGIONS[region_id], line))
        print("ok - the click action activates the region")
        return 0
    finally:
        proc.terminate()
        proc.wait(timeout=10)


if __name__ == "__main__":
    sys.exit(main())
