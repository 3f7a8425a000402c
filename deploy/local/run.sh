#!/usr/bin/env sh
# Builds Muni311 (tests skipped) and runs the whole platform locally. Ctrl-C stops everything.
set -e
cd "$(dirname "$0")/../.."
./mvnw -q -B -DskipTests install
exec java -Xmx512m -Dmuni311.home="$PWD" -jar deploy/local/target/muni311-local.jar
