#!/bin/sh
# Builds Keyhaven's class-data archive (lib/app/keyhaven.jsa) for the folder this image is in, from the
# class list that the installer build recorded (lib/app/keyhaven.classlist). The launcher maps it and
# starts without loading and verifying those classes one by one. Java 17 ties such an archive to the
# jars' absolute paths, so it is built where the app is installed: the package's postinst runs this.
# Where the archive is missing or does not fit (the folder moved, a jar changed), Java starts without it.
set -eu
lib=$(cd "$(dirname "$0")" && pwd -P)
app="$lib/app"
rm -f "$app/keyhaven.jsa"
classpath=$(sed -n 's/^app\.classpath=//p' "$app/keyhaven.cfg" | sed "s|\\\$APPDIR|$app|g" | paste -sd: -)
# The launcher's heap options, so that the archived objects fit its heap as they are.
set --
for option in $(sed -n 's/^java-options=//p' "$app/keyhaven.cfg"); do
    case "$option" in
        -Xm[sx]*|-XX:+Use*GC|-XX:*HeapFreeRatio=*) set -- "$@" "$option" ;;
    esac
done
"$lib/runtime/bin/java" "$@" -Xshare:dump -Xlog:cds=error -Xlog:cds+dynamic=error \
    -XX:SharedClassListFile="$app/keyhaven.classlist" -XX:SharedArchiveFile="$app/keyhaven.jsa" \
    -cp "$classpath" >/dev/null
chmod 644 "$app/keyhaven.jsa"
