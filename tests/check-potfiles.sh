#!/bin/sh
# tests/check-potfiles.sh SOURCE_ROOT
#
# SPDX-FileCopyrightText: 2026 The Calf Check authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Every file with translatable strings must be listed in po/POTFILES.in,
# and every file listed there must exist.

set -eu

cd "$1"

listed=$(mktemp "${TMPDIR:-/tmp}/calf-potfiles.XXXXXXXX")
found=$(mktemp "${TMPDIR:-/tmp}/calf-potfiles.XXXXXXXX")
trap 'rm -f "$listed" "$found"' EXIT

sed -e 's/#.*//' -e 's/[[:space:]]*$//' -e '/^$/d' po/POTFILES.in | sort -u >"$listed"

status=0
while read -r f; do
  if [ ! -f "$f" ]; then
    echo "po/POTFILES.in lists $f, which does not exist" >&2
    status=1
  fi
done <"$listed"

{
  # C: _("…"), N_("…"), C_("…", "…"), NC_, g_dngettext/ngettext
  grep -rlE '(^|[^A-Za-z0-9_])(_|N_|C_|NC_|ngettext|g_dngettext)[[:space:]]*\(' src --include='*.c' || true
  # GtkBuilder, GSettings and menus
  grep -rlE 'translatable="yes"' ui src --include='*.ui' || true
  # Desktop file, metainfo, schema (merged through gettext)
  ls data/*.desktop.in data/*.metainfo.xml.in data/*.gschema.xml 2>/dev/null || true
} | sed 's|^\./||' | sort -u >"$found"

missing=$(comm -23 "$found" "$listed")
if [ -n "$missing" ]; then
  echo "These files have translatable strings but are not in po/POTFILES.in:" >&2
  echo "$missing" | sed 's/^/  /' >&2
  status=1
fi

[ $status -ne 0 ] || echo "po/POTFILES.in lists all $(wc -l <"$found") files with translatable strings"
exit $status
