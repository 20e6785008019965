#!/bin/sh
# tests/run-tool.sh TOOL [ARGS...]
#
# SPDX-FileCopyrightText: 2026 The Calf Check authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Runs a validation tool for a meson test. A missing tool fails the test
# with the package to install, unless CALF_TESTS_ALLOW_SKIP=1 (set by the
# Flatpak manifest, whose SDK lacks some tools): then the test is skipped
# (exit status 77).

tool=$1
if ! command -v "$tool" >/dev/null 2>&1; then
  if [ "${CALF_TESTS_ALLOW_SKIP:-0}" = 1 ]; then
    echo "SKIP: $tool is not installed" >&2
    exit 77
  fi
  echo "ERROR: $tool is not installed; run the README's test command, which installs .ci/packages.txt" >&2
  exit 1
fi
exec "$@"
