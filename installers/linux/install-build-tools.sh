#!/usr/bin/env bash
# Installs the Debian packages the Linux packaging needs (run as root, or with sudo):
#   fakeroot + dpkg-dev  jpackage --type deb
#   rpm                  jpackage --type rpm (rpmbuild)
#   imagemagick          the app icon's PNG sizes and the Windows .ico (assets/icons/make-icons.sh)
#   icnsutils            the macOS .icns (png2icns)
#   xvfb, xauth          a virtual display for the GUI smoke test and the start-up benchmark
#   binutils             objcopy, used by jlink to strip native debug symbols
# Only what is missing is installed; a second run does nothing.
set -euo pipefail
want=(fakeroot dpkg-dev rpm imagemagick icnsutils xvfb xauth binutils)
missing=()
for p in "${want[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  echo "build tools present: ${want[*]}"
  exit 0
fi
echo "installing: ${missing[*]}"
sudo_cmd=()
[ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)
"${sudo_cmd[@]}" apt-get update -qq
DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
echo "installed: ${missing[*]}"
