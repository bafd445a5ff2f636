#!/usr/bin/env bash
# Usage: installers/linux/startup-benchmark.sh [ROUNDS]   (after installers/linux/build.sh)
# Time from process start to the first interactive frame of the main window, against the floor: a
# hello-world JavaFX stage (installers/bench/HelloStage.java) of the same size, run with the same
# runtime and the same flags, in the same run. Rounds interleave the three variants:
#   app        bin/mot-studio as packaged (AOT cache)
#   app-noaot  bin/mot-studio with -XX:AOTMode=off (what the AOT cache saves)
#   floor      the runtime's bin/java, the same java-options, HelloStage (default CDS archive)
# Each process is started on a virtual display (Xvfb, the real GTK platform, software rendering as
# on a machine without GPU drivers) with a fresh settings folder, prints the moment of its first
# frame (-Dmot.startup.print) and quits. Prints the median of each and app / floor.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
source "$here/../common.sh"
pick_jdk
rounds=${1:-11}
image=$work/image/mot-studio
[ -x "$image/bin/mot-studio" ] || { echo "no app image: run installers/linux/build.sh first" >&2; exit 1; }
runtime=$image/lib/runtime
bench=$work/bench
rm -rf "$bench"
"$JAVA_HOME/bin/javac" -d "$bench" --module-path "$(fx_module_path linux)" --add-modules javafx.controls \
  "$root/installers/bench/HelloStage.java"
mapfile -t options < <(java_options)

if [ -z "${DISPLAY:-}" ]; then
  command -v Xvfb >/dev/null || { echo "needs Xvfb (installers/linux/install-build-tools.sh)" >&2; exit 1; }
  export DISPLAY=:$((200 + RANDOM % 100))
  Xvfb "$DISPLAY" -screen 0 1600x1000x24 -nolisten tcp >/dev/null 2>&1 &
  xvfb=$!
  trap 'kill $xvfb 2>/dev/null' EXIT
  sleep 1
fi
template=$root/src/main/resources/com/motstudio/templates/government.zh-CN.mot.json

# one VARIANT: prints the milliseconds from just before exec to the first frame
run_once() {
  local variant=$1 home
  home=$(mktemp -d)
  local props="-Dmot.home=$home -Dmot.startup.print=true -Dmot.startup.quit=true -Dprism.order=sw"
  local start out
  start=$(date +%s%N)
  case $variant in
    app) out=$(JAVA_TOOL_OPTIONS="$props" "$image/bin/mot-studio" 2>/dev/null) ;;
    app-noaot) out=$(JAVA_TOOL_OPTIONS="$props -XX:AOTMode=off" "$image/bin/mot-studio" 2>/dev/null) ;;
    floor) out=$(JAVA_TOOL_OPTIONS="$props" "$runtime/bin/java" "${options[@]}" -cp "$bench" HelloStage 2>/dev/null) ;;
  esac
  rm -rf "$home"
  local frame
  frame=$(sed -n 's/^mot.firstFrame epochMicros=//p' <<<"$out")
  [ -n "$frame" ] || { echo "$variant printed no first frame" >&2; exit 1; }
  echo $(( (frame - start / 1000) / 1000 ))
}

median() { sort -n | awk '{a[NR]=$1} END{print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }

declare -A times
for variant in app app-noaot floor; do run_once "$variant" >/dev/null; done   # warm the page cache
for ((i = 1; i <= rounds; i++)); do
  for variant in app app-noaot floor; do
    times[$variant]+="$(run_once "$variant") "
  done
done

app=$(tr ' ' '\n' <<<"${times[app]}" | sed '/^$/d' | median)
noaot=$(tr ' ' '\n' <<<"${times[app-noaot]}" | sed '/^$/d' | median)
floor=$(tr ' ' '\n' <<<"${times[floor]}" | sed '/^$/d' | median)
echo "start-up to first interactive frame, median of $rounds rounds ($(nproc) cores, Xvfb, software rendering):"
echo "  app (AOT cache)       $app ms    [${times[app]% }]"
echo "  app without AOT cache $noaot ms    [${times[app-noaot]% }]"
echo "  floor (hello stage)   $floor ms    [${times[floor]% }]"
awk -v a="$app" -v n="$noaot" -v f="$floor" \
  'BEGIN { printf "  ratio app / floor     %.2f  (without AOT cache %.2f; target <= 1.5)\n", a / f, n / f }'
