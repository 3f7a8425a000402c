#!/usr/bin/env sh
# Builds Muni311 (tests skipped) and runs the whole platform locally. Ctrl-C stops everything.
# --instances N runs N instances of each service (instance n on its port + 10 x (n - 1)); --help lists the options.
# Ports come from MUNI311_*_PORT variables (see README, Configuration); MUNI311_JAVA_OPTS adds JVM flags to each
# service ({service} in them becomes the service's name).
set -e
cd "$(dirname "$0")/../.."
./mvnw -q -B -DskipTests package -pl deploy/local -am
exec java -Xmx512m -Dmuni311.home="$PWD" -jar deploy/local/target/muni311-local-exec.jar "$@"
