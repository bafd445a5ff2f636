#!/usr/bin/env bash
# Usage: installers/aot-train.sh LAUNCHER APP_DIR
# Gives an app image (Linux or macOS) its AOT cache (JDK 25, JEP 483/514/515): runs the app once on a
# template — the window to its first frame with the file opened, then quit — with
# -XX:AOTCacheOutput, which records the classes loaded and linked and the methods' profiles, and
# writes APP_DIR/mot-studio.aot. Both launchers' .cfg then point at it: they have the same class
# path, and the command line shares most of its classes (JDK, Jackson, the schema check, the model)
# with the window; one cache keeps the package smaller than one per launcher. A cache is only used by the same JDK build with the same jars, which the package
# guarantees; if it cannot be used the JVM starts without it (slower, nothing else changes).
# The window runs on a virtual display (xvfb-run) when there is one, else on the headless platform.
set -euo pipefail
gui=$1 app_dir=$2
here=$(cd "$(dirname "$0")" && pwd)
template="$here/../src/main/resources/com/motstudio/templates/government.zh-CN.mot.json"
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT

# (plain strings, not arrays: macOS's bash 3.2 calls an empty array unbound under set -u)
display=""
platform=""
if [ -z "${DISPLAY:-}" ] && [ "$(uname)" != Darwin ]; then
  if command -v xvfb-run >/dev/null; then
    display=xvfb-run
  else
    platform="-Dglass.platform=Headless -Dprism.order=sw"
  fi
fi

train() {
  local launcher=$1 cache=$2 log=$3
  shift 3
  rm -f "$cache"
  # JAVA_TOOL_OPTIONS is split at spaces ("MOT Studio.app"): write to the temp folder, then move
  local run=("$@")
  if [ -n "$display" ]; then run=(xvfb-run -a -s "-screen 0 1600x1000x24" "$@"); fi
  JAVA_TOOL_OPTIONS="-XX:AOTCacheOutput=$home/out.aot -Dmot.home=$home $platform -Dmot.startup.quit=true" \
    "${run[@]}" >"$log" 2>&1 || { cat "$log" >&2; echo "AOT training run failed: $launcher" >&2; exit 1; }
  [ -s "$home/out.aot" ] || { cat "$log" >&2; echo "no AOT cache written for $launcher" >&2; exit 1; }
  mv "$home/out.aot" "$cache"
  echo "AOT cache $(basename "$cache"): $(du -h "$cache" | cut -f1)"
}

train "$gui" "$app_dir/mot-studio.aot" "$home.gui.log" "$gui" "$template"

# Every launcher's .cfg (its last section is [JavaOptions]); $APPDIR is the launcher's own app
# folder, wherever the package is installed.
for cfg in "$app_dir"/*.cfg; do
  echo 'java-options=-XX:AOTCache=$APPDIR/mot-studio.aot' >>"$cfg"
done
rm -f "$home.gui.log"
