#!/usr/bin/env bash
# Presentation mode on two real screens: a laptop (1366x768, the main window) and a projector
# (1024x768) to its right, made by an X server with the dummy video driver and a window manager.
# Opens a workshop, presses F5 in the main window and checks that the slides cover the projector,
# that the main window keeps the focus, that Page Down, B and '.' typed into the main window step
# and black out the slides, and that an edit made in the main window shows on them; Esc leaves.
# Writes docs/screenshots/presentation-two-screens.png. Not part of the Maven build.
#
# Usage (as root on Debian/Ubuntu, from the project folder): src/test/scripts/two-screens.sh [DISPLAY_NUMBER]
# Needs JDK 25 (JAVA_HOME) and installs the X packages below with apt-get when they are missing.
set -euo pipefail
cd "$(dirname "$0")/../../.."
num=${1:-79}
export DISPLAY=:$num
JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
export JAVA_HOME
work=$(mktemp -d)
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; rm -rf "$work"; }
trap cleanup EXIT
fail() { echo "FAIL: $*" >&2; import -window root "$work/failed.png" 2>/dev/null && cp "$work/failed.png" target/two-screens-failed.png; exit 1; }

need=()
[ -x /usr/lib/xorg/Xorg ] || need+=(xserver-xorg-core)
[ -e /usr/lib/xorg/modules/drivers/dummy_drv.so ] || need+=(xserver-xorg-video-dummy)
command -v xrandr >/dev/null || need+=(x11-xserver-utils)
command -v xwininfo >/dev/null || need+=(x11-utils)
command -v xdotool >/dev/null || need+=(xdotool)
command -v import >/dev/null || need+=(imagemagick)
command -v openbox >/dev/null || need+=(openbox)
if [ ${#need[@]} -gt 0 ]; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi

echo "building the class path"
./mvnw -B -o -ntp -q compile dependency:build-classpath -Dmdep.outputFile=target/two-screens.cp -Dmdep.includeScope=runtime

# the dummy driver has 16 outputs; two of them become the laptop and the projector
cat > "$work/xorg.conf" <<'CONF'
Section "Device"
    Identifier "dummy"
    Driver "dummy"
    VideoRam 64000
EndSection
Section "Monitor"
    Identifier "monitor"
    HorizSync 5.0-1000.0
    VertRefresh 5.0-200.0
EndSection
Section "Screen"
    Identifier "screen"
    Device "dummy"
    Monitor "monitor"
    DefaultDepth 24
    SubSection "Display"
        Depth 24
        Virtual 2390 768
    EndSubSection
EndSection
Section "ServerFlags"
    Option "AutoAddDevices" "false"
EndSection
CONF
mkdir -p "$work/conf.d"
Xorg "$DISPLAY" -config "$work/xorg.conf" -configdir "$work/conf.d" -noreset -nolisten tcp -logfile "$work/Xorg.log" >/dev/null 2>&1 &
pids+=($!)
for _ in $(seq 50); do xrandr >/dev/null 2>&1 && break; sleep 0.2; done
xrandr --newmode laptop 85.25 1366 1440 1576 1784 768 771 781 798 -hsync +vsync
xrandr --addmode DUMMY0 laptop
xrandr --output DUMMY0 --mode laptop --pos 0x0 --primary
xrandr --addmode DUMMY1 1024x768
xrandr --output DUMMY1 --mode 1024x768 --pos 1366x0
xrandr --listmonitors
openbox >/dev/null 2>&1 &
pids+=($!)
sleep 1

mkdir -p "$work/home"
cp src/test/resources/com/motstudio/cli/analyze-example.mot.json "$work/home/hall.mot.json"
"$JAVA_HOME/bin/java" -Dmot.home="$work/home" -Duser.language=zh -Duser.country=CN --enable-native-access=ALL-UNNAMED \
  -cp "target/classes:$(cat target/two-screens.cp)" com.motstudio.app.Main "$work/home/hall.mot.json" >"$work/app.log" 2>&1 &
pids+=($!)

window() { xdotool search --name "$1" 2>/dev/null | head -1; }
wait_for() { for _ in $(seq 100); do w=$(window "$1"); [ -n "$w" ] && { echo "$w"; return 0; }; sleep 0.3; done; return 1; }
projector() { import -window root -crop 1024x768+1366+0 +repage "$1"; }
mean() { convert "$1" -format "%[fx:mean]" info:; }
differ() { [ "$(compare -metric AE "$1" "$2" null: 2>&1 || true)" != "0" ]; }

main=$(wait_for "hall.mot.json") || fail "the main window did not open (see the app's output: $work/app.log)"
sleep 3 # the first frames
xdotool windowactivate --sync "$main"
xdotool key F5
slides=$(wait_for "演示模式") || fail "F5 opened no presentation"
sleep 2
geometry=$(xwininfo -id "$slides" | awk '/Absolute upper-left X/{x=$NF} /Absolute upper-left Y/{y=$NF} /Width:/{w=$NF} /Height:/{h=$NF} END{print w "x" h "+" x "+" y}')
[ "$geometry" = "1024x768+1366+0" ] || fail "the slides are at $geometry, not full screen on the projector (1024x768+1366+0)"
echo "ok: the slides cover the projector ($geometry)"
[ "$(xdotool getactivewindow)" = "$main" ] || fail "the slides took the focus from the main window"
echo "ok: the main window keeps the focus"

projector "$work/overview.png"
xdotool key Next
sleep 1
projector "$work/stage1.png"
differ "$work/overview.png" "$work/stage1.png" || fail "Page Down in the main window did not step the slides"
echo "ok: Page Down in the main window steps the slides"
xdotool key b
sleep 1
projector "$work/black.png"
[ "$(mean "$work/black.png")" = "0" ] || fail "B in the main window did not black out the slides"
xdotool key period
sleep 1
projector "$work/back.png"
differ "$work/black.png" "$work/back.png" || fail "'.' did not bring the slides back"
echo "ok: B blacks the slides out, '.' brings them back"
xdotool key F5 # again: the slides come to the front, the focus stays
sleep 1
[ "$(xdotool getactivewindow)" = "$main" ] || fail "F5 pressed again took the focus from the main window"
[ "$(xdotool search --name "演示模式" | wc -l)" = 1 ] || fail "F5 pressed again opened a second presentation"
echo "ok: F5 again keeps one presentation and the focus in the main window"

# on to the curves slide (after the map's stages), whose heading names the workshop; then retitle it
for _ in 1 2 3; do xdotool key Next; sleep 0.5; done
sleep 1
projector "$work/curves.png"
xdotool mousemove --window "$main" 547 290 click 1 # the title field of the Setup page
sleep 0.5
xdotool key End
xdotool type --delay 40 " 2026"
xdotool key Tab
sleep 2
projector "$work/edited.png"
differ "$work/curves.png" "$work/edited.png" || fail "the title typed in the main window does not show on the slides"
echo "ok: an edit in the main window shows on the slides"
mkdir -p docs/screenshots
import -window root docs/screenshots/presentation-two-screens.png
echo "wrote docs/screenshots/presentation-two-screens.png"

xdotool mousemove 1878 300 click 1 # on the slides, then Esc
sleep 0.5
xdotool key Escape
sleep 1
[ -z "$(window "演示模式")" ] || fail "Esc did not leave presentation mode"
[ -n "$(window "hall.mot.json")" ] || fail "the main window is gone"
echo "ok: Esc on the slides leaves presentation mode"
echo "PASS"
