#!/usr/bin/env bash
# Records the classes optout loads, for its start-up archive: every class a demo run (the replica, a headless
# Chromium, the packs checked from an empty data folder) and the commands without a browser load, in the order they
# were first loaded, as the JVM's -XX:DumpLoadedClassList writes them, into src/main/cds/optout.classlist. The
# launchers make a class-data sharing archive from that list once per build or installation
# (java -Xshare:dump -XX:SharedClassListFile=...), so that no start reads and checks those classes from the jars.
# Run it after a change that loads classes the list does not name; a stale list costs start-up time, nothing else
# (the JVM skips names it cannot find). The packaging tests say when a browser run loads too few from the archive.
#   scripts/lib/record-start-classes.sh
set -euo pipefail
root=$(cd -- "$(dirname -- "$0")/../.." && pwd)
cd "$root"
scripts/lib/ensure-browser.sh --tests
scripts/optout --version >/dev/null # builds the jar when it is stale
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
record() {
  local name=$1
  shift
  OPTOUT_HOME="$work/home-$name" java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC \
    -XX:DumpLoadedClassList="$work/$name.classlist" -jar target/optout.jar "$@" >"$work/$name.out" 2>&1 || {
    cat "$work/$name.out" >&2
    echo "record-start-classes: 'optout $*' failed" >&2
    exit 1
  }
}
record demo demo --headless --yes
record help --help
record list list
record validate validate
record plan plan facebook-objection
record run-help run --help
list=src/main/cds/optout.classlist
{
  echo "# The classes optout loads, for its start-up archive: written by scripts/lib/record-start-classes.sh"
  echo "# from the JVM's -XX:DumpLoadedClassList ($(java -version 2>&1 | head -n 1)); do not edit by hand."
  cat "$work"/demo.classlist "$work"/help.classlist "$work"/list.classlist "$work"/validate.classlist \
    "$work"/plan.classlist "$work"/run-help.classlist | grep -v '^#' | awk '!seen[$0]++'
} >"$list"
echo "record-start-classes: $(grep -vc '^#' "$list") classes in $list"
