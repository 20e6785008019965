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
import sys

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


def configure(delay=0.1):
    config.searchShowingOnly = False
    config.defaultDelay = delay
    config.searchBackoffDuration = 0.2
    config.searchCutoffCount = 50
    config.logDir = os.environ.get("XDG_CACHE_HOME", "/tmp")
