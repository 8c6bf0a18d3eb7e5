#!/bin/sh
# Makes optout's .deb from the jpackage app image, with dpkg-deb: the image in /usr/lib/optout, /usr/bin/optout
# linked to its launcher, the packs in /usr/share/optout/selectors (to read, and to start your own from; optout reads
# the copy in its jar), the bash completion, the README and the list of bundled libraries with their licences.
#   make-deb.sh IMAGE VERSION MAINTAINER SELECTORS BASH_COMPLETION README THIRD_PARTY OUT_DIR
# It depends on the Debian packages that hold the libraries the image's programs link to (as jpackage's own .deb
# would) and only recommends Chromium: optout can also drive Chrome, or a browser it attaches to.
# With SOURCE_DATE_EPOCH set, dpkg-deb stamps every entry with that time, so the same sources give the same .deb.
# The image's class-data sharing archives stay out of it: they fit only the paths they were made at, and differ from
# one build to the next. The .deb makes them when it is installed (postinst, with make-cds-archives.sh, which it
# carries) and removes them with itself (prerm).
# gzip rather than dpkg-deb's default xz: as widely readable, and the build takes seconds instead of a minute.
set -eu
[ $# -eq 8 ] || { echo "usage: make-deb.sh IMAGE VERSION MAINTAINER SELECTORS BASH_COMPLETION README THIRD_PARTY" \
  "OUT_DIR" >&2; exit 2; }
image=$1
version=$(printf '%s' "$2" | tr '-' '~')   # 1.0-SNAPSHOT sorts before 1.0, as Maven means it
maintainer=$3
selectors=$4
completion=$5
readme=$6
third_party=$7
out=$8

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
root=$work/root
mkdir -p "$root/DEBIAN" "$root/usr/bin" "$root/usr/lib" "$root/usr/share/optout" "$root/usr/share/doc/optout" \
  "$root/usr/share/bash-completion/completions"
cp -R "$image" "$root/usr/lib/optout"
rm -f "$root/usr/lib/optout/lib/app/optout.jsa" "$root"/usr/lib/optout/lib/runtime/lib/server/*.jsa
cp "$(dirname -- "$0")/make-cds-archives.sh" "$root/usr/lib/optout/lib/make-cds-archives"
chmod 755 "$root/usr/lib/optout/lib/make-cds-archives"
ln -s ../lib/optout/bin/optout "$root/usr/bin/optout"
cp -R "$selectors" "$root/usr/share/optout/selectors"
cp "$completion" "$root/usr/share/bash-completion/completions/optout"
cp "$readme" "$root/usr/share/doc/optout/README.md"
cp "$third_party" "$root/usr/share/doc/optout/THIRD-PARTY.txt"
cat > "$root/usr/share/doc/optout/copyright" <<'TEXT'
Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/
Upstream-Name: optout
Comment: optout bundles a Java runtime made with jlink from the OpenJDK (GPL-2.0 with the Classpath Exception;
 its notices are in /usr/lib/optout/lib/runtime/legal) and the Java libraries listed with their licences in
 /usr/share/doc/optout/THIRD-PARTY.txt.
TEXT
find "$root/usr" -type d -exec chmod 755 {} +
find "$root/usr" -type f ! -perm -u+x -exec chmod 644 {} +
find "$root/usr" -type f -perm -u+x -exec chmod 755 {} +

# The system libraries the image's programs and libraries link to, and the packages that hold them.
libraries=$(find "$root/usr/lib/optout" -type f \( -name '*.so' -o -perm -u+x \) -exec ldd {} + 2>/dev/null \
  | awk '$2 == "=>" && $3 ~ /^\// { print $3 }' | grep -v "^$root/" | sort -u)
for library in $libraries; do
  dpkg -S "$library" 2>/dev/null || dpkg -S "$(readlink -f "$library")" 2>/dev/null \
    || { echo "make-deb.sh: no Debian package holds $library, which the app image links to" >&2; exit 1; }
done > "$work/owners"
depends=$(cut -d: -f1 "$work/owners" | sort -u | paste -sd, - | sed 's/,/, /g')

cat > "$root/DEBIAN/control" <<TEXT
Package: optout
Version: $version
Section: utils
Priority: optional
Architecture: $(dpkg --print-architecture)
Maintainer: $maintainer
Installed-Size: $(du -sk "$root/usr" | cut -f1)
Depends: $depends
Recommends: chromium, chromium-driver
Description: object to Meta training its AI on your Facebook and Instagram data
 optout opens your own logged-in browser, fills Meta's objection forms from
 reviewable selector packs, shows what will be sent and sends nothing without
 your explicit yes. It brings its own Java runtime.
TEXT
cat > "$root/DEBIAN/postinst" <<'TEXT'
#!/bin/sh
# Makes the class-data sharing archives that let optout start quickly; without them it works, only slower.
set -e
if [ "$1" = configure ]; then
  /usr/lib/optout/lib/make-cds-archives /usr/lib/optout \
    || echo "optout: its start-up archives could not be made; it works, but starts more slowly" >&2
fi
TEXT
cat > "$root/DEBIAN/prerm" <<'TEXT'
#!/bin/sh
# Removes what postinst made, which dpkg does not know of.
set -e
rm -f /usr/lib/optout/lib/app/optout.jsa /usr/lib/optout/lib/app/optout.jsa.tmp \
  /usr/lib/optout/lib/runtime/lib/server/classes.jsa
TEXT
(cd "$root" && find usr -type f -print0 | LC_ALL=C sort -z | xargs -0 md5sum) > "$root/DEBIAN/md5sums"
chmod 644 "$root/DEBIAN/control" "$root/DEBIAN/md5sums"
chmod 755 "$root/DEBIAN/postinst" "$root/DEBIAN/prerm"

mkdir -p "$out"
deb="$out/optout_${version}_$(dpkg --print-architecture).deb"
dpkg-deb --root-owner-group -Zgzip --build "$root" "$deb" >/dev/null
echo "$deb"
