#!/usr/bin/env bash
# Builds the Debian package from a configured, built tree and checks it as a packager
# would: the files it carries, dependencies found by dpkg-shlibdeps, the menu entry and
# AppStream metainfo as installed, the MIME XML, and an executable that starts from the
# unpacked tree.   usage: scripts/package.sh BUILD_DIR
set -euo pipefail
build="$(cd "${1:?usage: scripts/package.sh BUILD_DIR}" && pwd)"
rm -f "$build"/leadopp_*.deb
(cd "$build" && cpack -G DEB >/dev/null)
deb="$(ls "$build"/leadopp_*.deb)"
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT

fail() { echo "package check: $*" >&2; exit 1; }

dpkg-deb -c "$deb" | awk '{print $NF}' >"$scratch/contents"
for path in ./usr/bin/leadopp ./usr/bin/leadopp-editor \
  ./usr/share/applications/leadopp-editor.desktop \
  ./usr/share/metainfo/io.github.leadopp.editor.metainfo.xml \
  ./usr/share/mime/packages/leadopp-editor.xml \
  ./usr/share/icons/hicolor/scalable/apps/leadopp-editor.svg \
  ./usr/share/icons/hicolor/48x48/apps/leadopp-editor.png \
  ./usr/share/icons/hicolor/256x256/apps/leadopp-editor.png \
  ./usr/share/leadopp/translations/leadopp_de.qm; do
  grep -qxF "$path" "$scratch/contents" || fail "$path is not in $(basename "$deb")"
done
grep -q '/libleadopp_core\.so$' "$scratch/contents" || fail "the private libraries are missing"
# Nothing of the build or the tests leaks into the package.
if grep -E 'test|/include/' "$scratch/contents"; then
  fail "test or development files in the package"
fi

depends="$(dpkg-deb -f "$deb" Depends)"
for library in libc6 libqt6core6 libqt6network6 libqt6widgets6 libqt6httpserver6 libqt6keychain1 \
  libqt6svg6; do
  [[ "$depends" == *"$library"* ]] || fail "Depends lacks $library: $depends"
done

dpkg-deb -x "$deb" "$scratch/root"
desktop-file-validate "$scratch/root/usr/share/applications/leadopp-editor.desktop"
appstreamcli validate --no-net "$scratch/root/usr/share/metainfo/io.github.leadopp.editor.metainfo.xml"
update-mime-database "$scratch/root/usr/share/mime" >/dev/null
[ -s "$scratch/root/usr/share/mime/application/x-leadopp-draft+json.xml" ] \
  || fail "update-mime-database did not register the draft type"
env -u LD_LIBRARY_PATH "$scratch/root/usr/bin/leadopp" --version >/dev/null \
  || fail "the packaged leadopp does not start"

echo "$(basename "$deb"): $(wc -l <"$scratch/contents") entries, $(du -k "$deb" | cut -f1) KiB"
echo "Depends: $depends"
