#!/usr/bin/env bash
# Usage: installers/linux/check-package.sh [APP_DIR]   (default target/installer/image/mot-studio;
#        /opt/mot-studio checks an installed .deb or .rpm)
# Smoke test of a packaged MOT Studio, run by .ci/run: the version, the command line on a
# template, the AOT cache accepted, and the window started to its first frame on JavaFX's headless
# platform, then quit the normal way. Exits non-zero at the first thing that does not work.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
source "$here/../common.sh"
app=${1:-$work/image/mot-studio}
template=$root/src/main/resources/com/motstudio/templates/government.en.mot.json
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
fail() { echo "PACKAGE CHECK FAILED: $*" >&2; exit 1; }
ok() { echo "ok: $*"; }

version=$(app_version)
out=$("$app/bin/mot-studio" --version) || fail "mot-studio --version exited with $?"
[ "$out" = "MOT Studio $version" ] || fail "mot-studio --version printed '$out', expected 'MOT Studio $version'"
ok "mot-studio --version: $out"
out=$("$app/bin/mot-studio-cli" --version) || fail "mot-studio-cli --version exited with $?"
[ "$out" = "MOT Studio $version" ] || fail "mot-studio-cli --version printed '$out'"
ok "mot-studio-cli --version"

"$app/bin/mot-studio-cli" validate "$template" >"$home/validate.txt" 2>&1 \
  || { cat "$home/validate.txt" >&2; fail "validate of a template exited with $?"; }
ok "mot-studio-cli validate $(basename "$template")"
"$app/bin/mot-studio-cli" analyze "$template" --json >"$home/analysis.json" 2>"$home/analyze.err" \
  || { cat "$home/analyze.err" >&2; fail "analyze of a template exited with $?"; }
grep -q '"format": "mot-studio-analysis"' "$home/analysis.json" && grep -q '"touchpoints": 25' "$home/analysis.json" || fail "analyze --json did not describe the template (25 touchpoints)"
ok "mot-studio-cli analyze --json ($(wc -c <"$home/analysis.json") bytes)"
zh_template=$root/src/main/resources/com/motstudio/templates/government.zh-CN.mot.json
"$app/bin/mot-studio-cli" export --document action-plan --lang zh-CN --paper a4 --out "$home/plan.pdf" "$zh_template" \
  >"$home/export.txt" 2>&1 || { cat "$home/export.txt" >&2; fail "export of a template to PDF exited with $?"; }
[ "$(head -c 5 "$home/plan.pdf")" = "%PDF-" ] || fail "export did not write a PDF"
tail -c 64 "$home/plan.pdf" | grep -q '%%EOF' || fail "the exported PDF is cut short"
grep -aq 'NotoSansSC' "$home/plan.pdf" || fail "the exported PDF does not embed the bundled font"
ok "mot-studio-cli export action-plan zh-CN ($(wc -c <"$home/plan.pdf") bytes)"

JAVA_TOOL_OPTIONS=-Xlog:aot "$app/bin/mot-studio-cli" --version 2>&1 | grep -q 'Using AOT-linked classes: true' \
  || fail "the launcher does not use the AOT cache (lib/app/mot-studio.aot stale or missing)"
ok "AOT cache accepted"

set +e
JAVA_TOOL_OPTIONS="-Dglass.platform=Headless -Dprism.order=sw -Dmot.home=$home -Dmot.startup.print=true -Dmot.startup.quit=true" \
  timeout 180 "$app/bin/mot-studio" "$template" >"$home/gui.out" 2>"$home/gui.err"
rc=$?
set -e
grep -v '^Picked up JAVA_TOOL_OPTIONS' "$home/gui.err" >"$home/gui.err2" || true
[ $rc -eq 0 ] || { cat "$home/gui.out" "$home/gui.err2" >&2; fail "the window run exited with $rc"; }
grep -q '^mot.firstFrame ' "$home/gui.out" || { cat "$home/gui.err2" >&2; fail "the window showed no first frame"; }
if grep -q 'Exception\|Error' "$home/gui.err2"; then cat "$home/gui.err2" >&2; fail "the window run printed errors"; fi
ok "window: first frame on the headless platform, quit cleanly"
echo "package check passed: $app"
