#!/bin/sh
# tests/check-valgrind.sh CALF_CHECK_EXE SOURCE_DIR
#
# SPDX-FileCopyrightText: 2026 The Calf Check authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# `calf-check --assess` under valgrind's memcheck in every output format,
# for an emergency, an urgent and a self-care vignette, and for input it
# must refuse: no invalid read or write, no use of uninitialised memory and
# no definite leak of ours (tests/valgrind/calf.supp lists the system
# libraries' process-lifetime caches, nothing else). Prints TAP.

set -u

exe=$1
src=$2
tmp=$(mktemp -d "${TMPDIR:-/tmp}/calf-valgrind.XXXXXX") || exit 1
trap 'rm -rf "$tmp"' EXIT

command -v valgrind >/dev/null 2>&1 || {
  echo "check-valgrind: valgrind is not installed (run the README's test command)" >&2
  exit 1
}

n=0
failed=0
run () {
  name=$1
  shift
  n=$((n + 1))
  if valgrind -q --error-exitcode=99 --leak-check=full --errors-for-leak-kinds=definite \
       --show-leak-kinds=definite \
       --suppressions=/usr/share/glib-2.0/valgrind/glib.supp \
       --suppressions="$src/tests/valgrind/calf.supp" \
       "$exe" "$@" >"$tmp/out" 2>"$tmp/err"; then
    status=0
  else
    status=$?
  fi
  if [ "$status" -eq 99 ] || grep -q '^==[0-9]*==' "$tmp/err"; then
    echo "not ok $n $name"
    sed 's/^/# /' "$tmp/err" | head -60
    failed=$((failed + 1))
  else
    echo "ok $n $name (exit $status)"
  fi
}

# Only the input of each vignette.
for v in dvt-pulmonary-embolism-after-childbirth achilles-rupture-two-weeks-late \
         achilles-tendinopathy-runner-over-a-year; do
  python3 -c 'import json, sys; print(json.dumps(json.load(open(sys.argv[1]))["input"]))' \
    "$src/tests/vignettes/$v.json" >"$tmp/$v.json"
  for format in json text markdown html pdf; do
    run "$v as $format" --assess "$tmp/$v.json" --format "$format" --output "$tmp/out.$format"
  done
done

printf '{"region": "achilles", "side": "left", "findings": {"felt-pop-or-kick": true, "felt-pop-or-kick": false}}' >"$tmp/dup.json"
run "refused input" --assess "$tmp/dup.json"
run "missing file" --assess "$tmp/none.json"

echo "1..$n"
[ "$failed" -eq 0 ]
