# tests/calf_dogtail.py
#
# SPDX-FileCopyrightText: 2026 The Calf Check authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# What every accessibility test shares: dogtail, or a clean skip (exit 77)
# where it cannot exist (the Flatpak SDK has none; anywhere else a missing
# dogtail is a failure), and search settings that suit GTK 4.8, which does
# not report the "showing" state.

import os
import subprocess
import sys
import time

try:
    from dogtail import tree  # noqa: F401 (re-exported for the tests)
    from dogtail.config import config
except ImportError:
    if os.environ.get("CALF_TESTS_ALLOW_SKIP") == "1":
        print("SKIP: dogtail is not installed", file=sys.stderr)
        sys.exit(77)
    raise


# gtk-test-env.sh keeps G_DEBUG=fatal-warnings away from this process (its
# libatspi warns about GTK 4.8's missing AT-SPI cache object, see
# https://github.com/AccessKit/accesskit/pull/719 for the same warning
# elsewhere) and hands it back here, so the apps this process starts keep
# every warning fatal.
if "CALF_APP_G_DEBUG" in os.environ:
    os.environ["G_DEBUG"] = os.environ["CALF_APP_G_DEBUG"]


def _atspi_log(domain, level, message, data):
    # That one warning, from this process's libatspi, says only that the app
    # has no cache object, so that libatspi asks node by node instead.
    if "/org/a11y/atspi/cache" not in message:
        GLib.log_default_handler(domain, level, message, data)


from gi.repository import GLib  # noqa: E402 (dogtail has loaded gi)
import pyatspi  # noqa: E402
GLib.log_set_handler("dbind", GLib.LogLevelFlags.LEVEL_WARNING, _atspi_log, None)


def configure(delay=0.1):
    config.searchShowingOnly = False
    config.defaultDelay = delay
    config.searchBackoffDuration = 0.2
    config.searchCutoffCount = 50
    config.logDir = os.environ.get("XDG_CACHE_HOME", "/tmp")


MENU_ITEM_ROLES = ("menu item", "check menu item", "radio menu item")


def gtk_version():
    return tuple(int(x) for x in os.environ.get("CALF_GTK_VERSION", "4.8").split(".")[:2])


def menu_item_label(node):
    """What a screen reader says for a menu item.

    GTK 4.18 gives popover menu items (GtkModelButton) no accessible name:
    the name GTK should compute from the labelled-by relation to the item's
    label comes out empty, in any GTK app. The relation is still there, so
    an AT that follows it reads the label's text; on that stack, and only
    for menu items, so does this. Everywhere else the name itself counts."""
    if node.name or gtk_version() < (4, 18) or node.roleName not in MENU_ITEM_ROLES:
        return node.name
    words = []
    for relation in node.getRelationSet():
        if relation.getRelationType() != pyatspi.RELATION_LABELLED_BY:
            continue
        for i in range(relation.getNTargets()):
            try:
                words.append(relation.getTarget(i).queryText().getText(0, -1))
            except NotImplementedError:
                pass
    return " ".join(w for w in words if w)


def menu_item(name):
    """A predicate for the menu item read as @name (see menu_item_label)."""
    return lambda n: n.roleName in MENU_ITEM_ROLES and menu_item_label(n) == name


def name_or_text(node):
    """The node's name, or else the text it shows. GTK 4.18 allows no name
    on a status (ARIA: from the author), so a screen reader reads a status
    label by its text, as this does."""
    if node.name:
        return node.name
    try:
        return node.queryText().getText(0, -1)
    except NotImplementedError:
        return ""


# Helpers for walking the app as a person would.

BUTTON_ROLES = ("push button", "button")
ROW_ROLES = ("list item", "row", "table row")


def click(node):
    node.doActionNamed("click")
    # GtkButton shows itself pressed for a moment before ::clicked.
    time.sleep(0.4)


def dump(n, depth):
    """The tree under @n, for CALF_A11Y_DUMP=1 when a test goes wrong."""
    try:
        st = n.getState()
        flags = ("F" if st.contains(pyatspi.STATE_FOCUSABLE) else "") + ("S" if st.contains(pyatspi.STATE_SHOWING) else "")
    except Exception:
        flags = "?"
    print("  " * depth + "%s %r %s" % (n.roleName, n.name, flags))
    for c in n.children:
        dump(c, depth + 1)


def focused(window):
    nodes = window.findChildren(lambda n: n.getState().contains(pyatspi.STATE_FOCUSED))
    return nodes[0] if nodes else None


def key(name):
    """A real key press through the X server (XTEST), as a keyboard gives."""
    subprocess.run(["xdotool", "key", "--clearmodifiers", name], check=True)
    time.sleep(0.1)


def press(nodes, limit=150):
    """Tab to one of @nodes (a node and its named parts) as a keyboard user
    does, then press Enter on it.

    GTK 4.8 gives list rows no AT-SPI action, so rows are reached the way
    a person without a mouse reaches them."""
    if not isinstance(nodes, list):
        nodes = [nodes]
    for _ in range(limit):
        if any(n.getState().contains(pyatspi.STATE_FOCUSED) for n in nodes):
            key("Return")
            time.sleep(0.4)
            return True
        key("Tab")
    return False


def wait_for(root, predicate, what):
    for _ in range(50):
        nodes = root.findChildren(predicate)
        if nodes:
            return nodes[0]
        time.sleep(0.1)
    if os.environ.get("CALF_A11Y_DUMP"):
        dump(root, 0)
    raise AssertionError("%s did not appear" % what)


def named(name, roles=None):
    return lambda n: n.name == name and (roles is None or n.roleName in roles)
