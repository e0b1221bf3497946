# Shared by scripts/run and scripts/test: install what the build needs from Debian, then build.
# shellcheck shell=bash

FOLJSAM_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
FOLJSAM_PRESET="${FOLJSAM_PRESET:-ci}"
FOLJSAM_BUILD="$FOLJSAM_ROOT/build/$FOLJSAM_PRESET"

FOLJSAM_PACKAGES=(
    cmake ninja-build g++ pkg-config
    qt6-base-dev qt6-charts-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-translations-l10n libqt6sql6-sqlite libqt6sql6-psql libqt6test6 libgl-dev libxkbcommon-dev
    libgtest-dev libgmock-dev fonts-dejavu-core libxlsxwriter-dev libqt6opengl6-dev qt6-svg-dev
    libssl-dev libsqlite3-dev
)

foljsam_install_packages() {
    local missing=()
    for pkg in "${FOLJSAM_PACKAGES[@]}" "$@"; do
        if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed"; then
            missing+=("$pkg")
        fi
    done
    if [ ${#missing[@]} -eq 0 ]; then
        return 0
    fi
    echo "Installerar Debian-paket som saknas: ${missing[*]}"
    local sudo=()
    if [ "$(id -u)" -ne 0 ]; then
        sudo=(sudo)
    fi
    "${sudo[@]}" apt-get update -qq
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends \
        "${missing[@]}"
}

foljsam_build() {
    cd "$FOLJSAM_ROOT" || exit 1
    if [ ! -f "$FOLJSAM_BUILD/CMakeCache.txt" ]; then
        cmake --preset "$FOLJSAM_PRESET"
    fi
    cmake --build --preset "$FOLJSAM_PRESET" -j "$(nproc)"
}
