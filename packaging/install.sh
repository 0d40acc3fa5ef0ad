#!/usr/bin/env bash
# Install Duizhao under a prefix: the program (the bundle `make package` built, copied to
# PREFIX/lib/duizhao, with duizhao and duizhao-cli in PREFIX/bin), the desktop entry, the
# AppStream metainfo, the MIME type of .duizhao projects, the icons and the man page.
#   packaging/install.sh PREFIX              all of it
#   packaging/install.sh --data-only PREFIX  all but the program (installed by pip or by a
#                                            distribution package); the man page needs the
#                                            program on PATH
# DESTDIR stages the install (DESTDIR=/tmp/stage packaging/install.sh /usr).
set -euo pipefail
cd "$(dirname "$0")/.."

data_only=false
if [ "${1:-}" = "--data-only" ]; then
  data_only=true
  shift
fi
if [ $# -ne 1 ]; then
  echo "usage: packaging/install.sh [--data-only] PREFIX" >&2
  exit 2
fi
prefix=$1
root="${DESTDIR:-}$prefix"
version=$(sed -n 's/^__version__ = "\(.*\)"$/\1/p' app/__init__.py)

if ! $data_only; then
  bundle="dist/duizhao-$version"
  if [ ! -x "$bundle/duizhao-cli" ]; then
    echo "install: $bundle is missing: run 'make package' first" >&2
    exit 1
  fi
  rm -rf "$root/lib/duizhao"
  mkdir -p "$root/lib" "$root/bin"
  cp -a "$bundle" "$root/lib/duizhao"
  ln -sf "../lib/duizhao/duizhao" "$root/bin/duizhao"
  ln -sf "../lib/duizhao/duizhao-cli" "$root/bin/duizhao-cli"
fi

install -Dm644 packaging/duizhao.desktop "$root/share/applications/duizhao.desktop"
install -Dm644 packaging/io.github.duizhao.metainfo.xml \
  "$root/share/metainfo/io.github.duizhao.metainfo.xml"
install -Dm644 packaging/io.github.duizhao.xml "$root/share/mime/packages/io.github.duizhao.xml"
install -Dm644 resources/icons/duizhao.svg "$root/share/icons/hicolor/scalable/apps/duizhao.svg"
for png in build/icons/hicolor/*/apps/duizhao.png; do
  [ -f "$png" ] || continue
  size=$(basename "$(dirname "$(dirname "$png")")")
  install -Dm644 "$png" "$root/share/icons/hicolor/$size/apps/duizhao.png"
done
install -Dm644 LICENSE "$root/share/doc/duizhao/LICENSE"

# The man page, from the program's --help and --version.
program="$root/bin/duizhao"
$data_only && program=$(command -v duizhao || true)
if command -v help2man >/dev/null && [ -n "$program" ] && [ -x "$program" ]; then
  mkdir -p "$root/share/man/man1"
  help2man --no-info --version-string="$version" \
    --name="compare two versions of a Chinese document clause by clause" \
    --output="$root/share/man/man1/duizhao.1" "$program"
else
  echo "install: no man page (needs help2man and the program)" >&2
fi

# Refresh the desktop's caches when installing for real (packages do it in their triggers).
if [ -z "${DESTDIR:-}" ]; then
  command -v update-mime-database >/dev/null && update-mime-database "$root/share/mime" || true
  command -v update-desktop-database >/dev/null \
    && update-desktop-database -q "$root/share/applications" || true
  command -v gtk-update-icon-cache >/dev/null \
    && gtk-update-icon-cache -qtf "$root/share/icons/hicolor" || true
fi
echo "Duizhao $version installed under $root"
