#!/usr/bin/env bash
# Turn the one-folder app (make app) into a Debian package: scripts/make_deb.sh [APP_DIR] [OUT_DIR]
# (default dist/handbook and dist). `make deb` runs it. The package installs
#   /opt/handbook/                      the app as PyInstaller built it
#   /usr/bin/handbook                   the command (a link into /opt/handbook)
#   /usr/share/applications/, icons/hicolor/, metainfo/   the menu entry, its icon, AppStream data
#   /usr/lib/systemd/user/handbook-kiosk.service           the kiosk as a user service (not enabled)
#   /usr/share/doc/handbook/            copyright, changelog, KIOSK.md, the XDG autostart example
# Depends: the system libraries the app's binaries link to, found with ldd and dpkg -S.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
APP=$(realpath "${1:-$ROOT/dist/handbook}")
OUT=$(realpath -m "${2:-$ROOT/dist}")
LINUX="$ROOT/packaging/linux"
ID=org.patienthandbook.Handbook

if [ ! -x "$APP/handbook" ]; then
  echo "make_deb: no app in $APP (run make app first)" >&2
  exit 1
fi
for tool in dpkg-deb ldd dpkg gzip; do
  command -v "$tool" >/dev/null || { echo "make_deb: $tool is missing (Debian's dpkg, libc-bin)" >&2; exit 1; }
done
VERSION=$(QT_QPA_PLATFORM=offscreen "$APP/handbook" --version | awk '{print $2}')
[ -n "$VERSION" ] || { echo "make_deb: cannot read the app's version" >&2; exit 1; }
DATE=${SOURCE_DATE_EPOCH:+$(date -u -d "@$SOURCE_DATE_EPOCH" +%Y-%m-%d)}
DATE=${DATE:-$(date -u +%Y-%m-%d)}

STAGE=$(mktemp -d)
trap 'rm -rf "$STAGE"' EXIT
PKG="$STAGE/handbook"
DOC="$PKG/usr/share/doc/handbook"
install -d "$PKG/DEBIAN" "$PKG/opt" "$PKG/usr/bin" "$PKG/usr/share/applications" "$PKG/usr/share/metainfo" \
  "$PKG/usr/lib/systemd/user" "$DOC/examples" "$PKG/usr/share/lintian/overrides" \
  "$PKG/usr/share/icons/hicolor/scalable/apps"

cp -a "$APP" "$PKG/opt/handbook"
ln -s /opt/handbook/handbook "$PKG/usr/bin/handbook"

install -m 644 "$LINUX/$ID.desktop" "$PKG/usr/share/applications/$ID.desktop"
sed -e "s/@VERSION@/$VERSION/" -e "s/@DATE@/$DATE/" "$LINUX/$ID.metainfo.xml" > "$PKG/usr/share/metainfo/$ID.metainfo.xml"
install -m 644 "$ROOT/resources/icons/handbook.svg" "$PKG/usr/share/icons/hicolor/scalable/apps/$ID.svg"
for png in "$ROOT"/resources/icons/handbook-*.png; do
  size=$(basename "$png" .png); size=${size#handbook-}
  install -d "$PKG/usr/share/icons/hicolor/${size}x${size}/apps"
  install -m 644 "$png" "$PKG/usr/share/icons/hicolor/${size}x${size}/apps/$ID.png"
done
install -m 644 "$LINUX/handbook-kiosk.service" "$PKG/usr/lib/systemd/user/handbook-kiosk.service"
install -m 644 "$LINUX/handbook-kiosk.desktop" "$DOC/examples/handbook-kiosk.desktop"
install -m 644 "$ROOT/docs/KIOSK.md" "$DOC/KIOSK.md"
install -m 644 "$LINUX/copyright" "$DOC/copyright"
printf 'handbook (%s) stable; urgency=medium\n\n  * Release %s: see the project'"'"'s git history.\n\n -- Handbook team <handbook@example.org>  %s\n' \
  "$VERSION" "$VERSION" "$(date -u -R ${SOURCE_DATE_EPOCH:+-d "@$SOURCE_DATE_EPOCH"})" | gzip -9n > "$DOC/changelog.gz"
install -m 644 "$LINUX/lintian-overrides" "$PKG/usr/share/lintian/overrides/handbook"

# Modes: folders 755, files 644, programs 755 (the app, and the bundle's executables).
find "$PKG" -type d -exec chmod 755 {} +
find "$PKG" -type f -exec chmod 644 {} +
chmod 755 "$PKG/opt/handbook/handbook"

# Depends: the Debian packages holding the libraries the bundle's binaries need from the system
# (every one must be found here, so none is left out of Depends).
# (the bundle's own folders of libraries first, as the app finds them through their RPATHs)
bundled=$(find "$PKG/opt/handbook/_internal" -type f -name '*.so*' -printf '%h\n' | sort -u | paste -sd:)
missing=$(
  find "$PKG/opt/handbook/_internal" -type f -name '*.so*' -print0 |
    LD_LIBRARY_PATH="$bundled" xargs -0 -n 50 ldd 2>/dev/null | awk '/not found/ {print $1}' | sort -u
)
if [ -n "$missing" ]; then
  echo "make_deb: libraries the app needs are not installed here, so Depends would miss them:" $missing >&2
  echo "make_deb: install them (scripts/setup.sh lists the packages)" >&2
  exit 1
fi
libraries=$(
  find "$PKG/opt/handbook" -type f \( -name '*.so*' -o -name handbook \) -print0 |
    LD_LIBRARY_PATH="$bundled" xargs -0 -n 50 ldd 2>/dev/null |
    awk '/=> \// {print $3}' | grep -v "^$PKG/" | sort -u | xargs -r realpath | sort -u
)
# (one dpkg -S for all; a library found by its merged-/usr path is asked for by its /lib path too)
depends=$(
  { dpkg -S $libraries 2>/dev/null || true; dpkg -S $(printf '%s\n' $libraries | sed 's|^/usr/lib/|/lib/|') 2>/dev/null || true; } |
    cut -d: -f1 | sort -u | paste -sd, | sed 's/,/, /g'
)
[ -n "$depends" ] || { echo "make_deb: found no library dependencies (is ldd working?)" >&2; exit 1; }

(cd "$PKG" && find . -path ./DEBIAN -prune -o -type f -printf '%P\0' | sort -z | xargs -0 md5sum) > "$PKG/DEBIAN/md5sums"
chmod 644 "$PKG/DEBIAN/md5sums"
cat > "$PKG/DEBIAN/control" <<EOF
Package: handbook
Version: $VERSION
Architecture: amd64
Maintainer: Handbook team <handbook@example.org>
Installed-Size: $(du -sk --exclude=DEBIAN "$PKG" | cut -f1)
Depends: $depends
Section: misc
Priority: optional
Description: offline patient handbook: prostate cancer spread to the bones
 A plain-language handbook for people with prostate cancer that has spread
 to the bones, their families and carers, in English, Spanish, Chinese,
 Vietnamese, Arabic and Korean: treatments side by side, questions to ask,
 a glossary, search, printable and PDF handouts, and a kiosk mode for a
 clinic waiting room. It never connects to the network.
EOF

mkdir -p "$OUT"
DEB="$OUT/handbook_${VERSION}_amd64.deb"
dpkg-deb --root-owner-group -Zxz --build "$PKG" "$DEB" >/dev/null
echo "$DEB"
