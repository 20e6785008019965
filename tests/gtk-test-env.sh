#!/bin/sh
# tests/gtk-test-env.sh PROGRAM [ARGS...]
#
# SPDX-FileCopyrightText: 2026 The Calf Check authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Runs PROGRAM the way every GTK test of Calf Check runs: on its own
# display, inside its own D-Bus session, with a throwaway HOME and XDG
# directories. Equivalent to
#   xvfb-run -a -s "-screen 0 1280x1024x24" dbus-run-session -- PROGRAM
# but race-free when meson runs tests in parallel (Xvfb picks a free
# display itself with -displayfd) and hermetic.
#
# Environment it reads:
#   CALF_TEST_DISPLAY  auto (default: Xvfb, else Broadway), x11 or broadway
#                      (a display named here that is missing is a failure,
#                      even with CALF_TESTS_ALLOW_SKIP)
#   CALF_TEST_A11Y     1 = keep accessibility on (AT-SPI) and set
#                      org.gnome.desktop.interface toolkit-accessibility,
#                      as dogtail requires; otherwise GTK_A11Y=none
#   CALF_TESTS_ALLOW_SKIP  1 = skip (exit 77) instead of failing when no
#                      display server is installed (Flatpak SDK)

set -u

fail () {
  echo "gtk-test-env: $*" >&2
  exit 1
}

skip_or_fail () {
  if [ "${CALF_TESTS_ALLOW_SKIP:-0}" = 1 ]; then
    echo "gtk-test-env: SKIP: $*" >&2
    exit 77
  fi
  fail "$* (run the README's test command, which installs .ci/packages.txt)"
}

[ $# -ge 1 ] || fail "usage: $0 PROGRAM [ARGS...]"

tmp=$(mktemp -d "${TMPDIR:-/tmp}/calf-test.XXXXXXXX") || fail "cannot create a temporary directory"
server_pid=

cleanup () {
  if [ -n "$server_pid" ]; then
    kill "$server_pid" 2>/dev/null
    wait "$server_pid" 2>/dev/null
  fi
  rm -rf "$tmp"
}
trap cleanup EXIT
trap 'exit 130' HUP INT TERM

mkdir -p "$tmp/home" "$tmp/config" "$tmp/data" "$tmp/cache" "$tmp/state" "$tmp/runtime"
chmod 700 "$tmp/runtime"
export HOME="$tmp/home"
export XDG_CONFIG_HOME="$tmp/config"
export XDG_DATA_HOME="$tmp/data"
export XDG_CACHE_HOME="$tmp/cache"
export XDG_STATE_HOME="$tmp/state"
export XDG_RUNTIME_DIR="$tmp/runtime"
unset DBUS_SESSION_BUS_ADDRESS AT_SPI_BUS_ADDRESS WAYLAND_DISPLAY DISPLAY BROADWAY_DISPLAY

if [ "${CALF_TEST_A11Y:-0}" = 1 ]; then
  unset GTK_A11Y NO_AT_BRIDGE
  # The accessibility driver (dogtail's libatspi) warns when an app has no
  # AT-SPI cache object, which GTK 4.8 does not provide; that warning is
  # the driver's, not the app's. The driver runs without fatal warnings;
  # calf_dogtail.py hands G_DEBUG back to the apps it starts.
  export CALF_APP_G_DEBUG="${G_DEBUG:-}"
  unset G_DEBUG
  # gsettings must persist between processes in this session for dogtail's
  # check; a key file under the temporary XDG_CONFIG_HOME stays hermetic.
  export GSETTINGS_BACKEND=keyfile
else
  export GTK_A11Y=none
  export NO_AT_BRIDGE=1
  export GSETTINGS_BACKEND=memory
fi

backend=${CALF_TEST_DISPLAY:-auto}
if [ "$backend" = auto ]; then
  if command -v Xvfb >/dev/null 2>&1; then
    backend=x11
  elif command -v gtk4-broadwayd >/dev/null 2>&1; then
    backend=broadway
  else
    skip_or_fail "neither Xvfb nor gtk4-broadwayd is installed"
  fi
fi

command -v dbus-run-session >/dev/null 2>&1 || skip_or_fail "dbus-run-session is not installed"

case "$backend" in
  x11)
    command -v Xvfb >/dev/null 2>&1 || skip_or_fail "Xvfb is not installed"
    # -displayfd: Xvfb chooses a free display and writes its number when ready.
    Xvfb -displayfd 3 -screen 0 1280x1024x24 -nolisten tcp -noreset \
      3>"$tmp/display" 2>"$tmp/xvfb.log" &
    server_pid=$!
    tries=0
    while ! grep -q '^[0-9][0-9]*$' "$tmp/display" 2>/dev/null; do
      if ! kill -0 "$server_pid" 2>/dev/null; then
        cat "$tmp/xvfb.log" >&2
        server_pid=
        fail "Xvfb failed to start"
      fi
      tries=$((tries + 1))
      [ $tries -lt 400 ] || fail "Xvfb did not start within 20 s"
      sleep 0.05
    done
    export DISPLAY=":$(cat "$tmp/display")"
    export GDK_BACKEND=x11
    ;;
  broadway)
    # Asked for by name (the Flatpak manifest does): never a skip.
    if ! command -v gtk4-broadwayd >/dev/null 2>&1; then
      [ "${CALF_TEST_DISPLAY:-auto}" = broadway ] && fail "CALF_TEST_DISPLAY=broadway, but gtk4-broadwayd is not installed"
      skip_or_fail "gtk4-broadwayd is not installed"
    fi
    # Broadway cannot pick a free display itself: try a few.
    n=$(( ($$ % 500) + 100 ))
    attempts=0
    while :; do
      gtk4-broadwayd ":$n" >"$tmp/broadway.log" 2>&1 &
      server_pid=$!
      tries=0
      while [ ! -S "$XDG_RUNTIME_DIR/broadway$((n + 1)).socket" ] && kill -0 "$server_pid" 2>/dev/null; do
        tries=$((tries + 1))
        [ $tries -lt 200 ] || break
        sleep 0.05
      done
      if [ -S "$XDG_RUNTIME_DIR/broadway$((n + 1)).socket" ]; then
        break
      fi
      kill "$server_pid" 2>/dev/null
      wait "$server_pid" 2>/dev/null
      server_pid=
      attempts=$((attempts + 1))
      [ $attempts -lt 10 ] || { cat "$tmp/broadway.log" >&2; fail "gtk4-broadwayd failed to start"; }
      n=$((n + 7))
    done
    export BROADWAY_DISPLAY=":$n"
    export GDK_BACKEND=broadway
    ;;
  *)
    fail "unknown CALF_TEST_DISPLAY '$backend' (use auto, x11 or broadway)"
    ;;
esac

if [ "${CALF_TEST_A11Y:-0}" = 1 ]; then
  dbus-run-session -- sh -c '
    gsettings set org.gnome.desktop.interface toolkit-accessibility true || exit 1
    exec "$@"' calf-test "$@"
else
  dbus-run-session -- "$@"
fi
status=$?
exit $status
