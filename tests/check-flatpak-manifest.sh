#!/bin/sh
# tests/check-flatpak-manifest.sh MANIFEST
#
# SPDX-FileCopyrightText: 2026 The Calf Check authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Parses the manifest with flatpak-builder (as a build would) and checks
# what it grants: exactly --share=ipc --socket=fallback-x11
# --socket=wayland --device=dri --socket=pulseaudio (the guided timer's
# chime), so no network and no file system.

set -eu

manifest=$1

for tool in flatpak-builder python3; do
  if ! command -v "$tool" >/dev/null 2>&1; then
    if [ "${CALF_TESTS_ALLOW_SKIP:-0}" = 1 ]; then
      echo "SKIP: $tool is not installed" >&2
      exit 77
    fi
    echo "ERROR: $tool is not installed" >&2
    exit 1
  fi
done

manifest=$(realpath "$manifest")
work=$(mktemp -d "${TMPDIR:-/tmp}/calf-manifest.XXXXXXXX")
trap 'rm -rf "$work"' EXIT
shown="$work/shown.json"

# flatpak-builder creates its state directory in the current directory.
(cd "$work" && flatpak-builder --show-manifest "$manifest") >"$shown"

python3 - "$shown" <<'PY'
import json
import sys

with open(sys.argv[1], encoding="utf-8") as f:
    m = json.load(f)

errors = []

def expect(key, value):
    if m.get(key) != value:
        errors.append(f"{key} is {m.get(key)!r}, expected {value!r}")

expect("id", "io.github.calfcheck.CalfCheck")
expect("runtime", "org.gnome.Platform")
expect("runtime-version", "50")
expect("sdk", "org.gnome.Sdk")
expect("command", "calf-check")

allowed = ["--share=ipc", "--socket=fallback-x11", "--socket=wayland", "--device=dri",
           "--socket=pulseaudio"]
args = m.get("finish-args", [])
if sorted(args) != sorted(allowed) or len(args) != len(set(args)):
    errors.append(f"finish-args are {args!r}, expected exactly {allowed!r}")
for arg in args:
    if "network" in arg:
        errors.append(f"finish-args grant network access: {arg}")
    if arg.startswith(("--filesystem", "--persist")):
        errors.append(f"finish-args grant file-system access: {arg}")

modules = m.get("modules", [])
app = [mod for mod in modules if isinstance(mod, dict) and mod.get("name") == "calf-check"]
if len(app) != 1:
    errors.append("there must be exactly one module named calf-check")
else:
    mod = app[0]
    if mod.get("buildsystem") != "meson":
        errors.append("the calf-check module must build with meson")
    if mod.get("run-tests") is not True:
        errors.append("the calf-check module must run its tests (run-tests: true)")
    if mod.get("sources") != [{"type": "dir", "path": ".."}]:
        errors.append(f"the calf-check module's sources are {mod.get('sources')!r}, expected the repository as a dir source")
    if mod.get("build-options", {}).get("build-args"):
        errors.append("the calf-check module must not pass build-args (e.g. --share=network)")

for e in errors:
    print("ERROR:", e, file=sys.stderr)
if errors:
    sys.exit(1)
print("manifest ok: finish-args", " ".join(args))
PY
