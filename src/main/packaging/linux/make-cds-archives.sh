#!/bin/sh
# Makes the class-data sharing archives of an optout app image, which let its commands start in a fraction of the
# time: the Java runtime's own (lib/runtime/lib/server/classes.jsa, with java -Xshare:dump) when jlink made none, and
# optout's (lib/app/optout.jsa: every class lib/app/optout.classlist names, what a demo run and the commands without
# a browser load, the runtime's among them), which the launcher names with -XX:SharedArchiveFile=$APPDIR/optout.jsa.
#   make-cds-archives.sh IMAGE
# Run it where the image is run from: the JVM accepts optout's archive only beside the very jar files it was made from
# (their paths, sizes and times), and otherwise ignores it. So the build makes it for the image in target/, and the
# .deb when it is installed (its postinst). A JDK 17 dump differs from one run to the next (JDK-8253495, fixed in
# 21), so a .deb that carried the archives could not be reproducible.
set -eu
[ $# -eq 1 ] || { echo "usage: make-cds-archives.sh IMAGE" >&2; exit 2; }
image=$1
app=$image/lib/app
java=$image/lib/runtime/bin/java
if [ ! -x "$java" ] || [ ! -r "$app/optout.cfg" ] || [ ! -r "$app/optout.classlist" ]; then
  echo "make-cds-archives.sh: $image is not an optout app image (no lib/runtime/bin/java, lib/app/optout.cfg or" \
    "lib/app/optout.classlist)" >&2
  exit 2
fi

# The class path exactly as the launcher passes it: the entries of optout.cfg in order, $APPDIR made absolute.
classpath=
while IFS= read -r line; do
  case "$line" in
    app.classpath=*)
      entry=${line#app.classpath=}
      classpath=${classpath:+$classpath:}$app${entry#\$APPDIR}
      ;;
  esac
done < "$app/optout.cfg"

if [ ! -f "$image/lib/runtime/lib/server/classes.jsa" ]; then
  "$java" -Xshare:dump -Xlog:cds=off >/dev/null
fi

trap 'rm -f "$app/optout.jsa.tmp"' EXIT
# Written beside its final name and moved in place after, so a run of the launcher never maps half a file.
"$java" -Xshare:dump -XX:SharedClassListFile="$app/optout.classlist" -XX:SharedArchiveFile="$app/optout.jsa.tmp" \
  -Xlog:cds=off -Xlog:cds+dynamic=off -cp "$classpath" >/dev/null
mv -f "$app/optout.jsa.tmp" "$app/optout.jsa"
