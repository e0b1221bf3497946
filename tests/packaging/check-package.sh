#!/usr/bin/env bash
# The .deb as a user gets it (packaging/, issue 9): makes it with CPack from the build directory,
# checks it with lintian (no errors), validates the menu entry and the AppStream metadata,
# unpacks it into a temporary root and runs the installed programs from there: the CLI's
# version, and the GUI started offscreen on a new register (it photographs its main screens and
# quits). scripts/test installs lintian, desktop-file-utils, appstream and dpkg-dev.
#
#   check-package.sh BUILD_DIR VERSION
set -euo pipefail
build="$1"
version="$2"
work="$(mktemp -d "${TMPDIR:-/tmp}/foljsam-package.XXXXXX")"
trap 'rm -rf "$work"' EXIT

cd "$build"
if ! cpack -G DEB -B "$work/out" >"$work/cpack.log" 2>&1; then
    cat "$work/cpack.log"
    exit 1
fi
deb="$(ls "$work"/out/foljsam_"$version"-*_*.deb)"
echo "Paket: $(basename "$deb")"

findings="$(lintian "$deb" 2>&1 | grep -v "running with root privileges" || true)"
[ -z "$findings" ] || echo "$findings"
if grep -q "^E:" <<<"$findings"; then
    echo "lintian: fel i paketet"
    exit 1
fi

root="$work/root"
dpkg-deb -x "$deb" "$root"
desktop-file-validate "$root/usr/share/applications/se.foljsam.Foljsam.desktop"
appstreamcli validate --no-net "$root/usr/share/metainfo/se.foljsam.Foljsam.metainfo.xml"
for size in 16 24 32 48 64 128 256; do
    test -s "$root/usr/share/icons/hicolor/${size}x${size}/apps/se.foljsam.Foljsam.png"
done
test -s "$root/usr/share/icons/hicolor/scalable/apps/se.foljsam.Foljsam.svg"

got="$("$root/usr/bin/foljsam-cli" --version)"
if [ "$got" != "foljsam-cli $version" ]; then
    echo "foljsam-cli --version gav \"$got\", väntat \"foljsam-cli $version\""
    exit 1
fi
echo "$got"

"$root/usr/bin/foljsam-cli" init --db "$work/register.foljsam"
export HOME="$work/home" XDG_CONFIG_HOME="$work/home/.config" QT_QPA_PLATFORM=offscreen
mkdir -p "$XDG_CONFIG_HOME"
"$root/usr/bin/foljsam" --screenshots "$work/shots" "$work/register.foljsam" >"$work/shots.txt"
test -s "$work/shots.txt"
echo "Det installerade programmet startade och visade $(wc -l <"$work/shots.txt") skärmar."
