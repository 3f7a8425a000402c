#!/usr/bin/env sh
# Builds Muni311 (tests skipped) and benchmarks the local platform on free ports with a fresh data folder.
#   ./deploy/benchmark/run.sh [--rates 25,50,100,200,400,800] [--seconds 30] [--preload 100000] [--help]
# MUNI311_BENCH_JAVA_OPTS adds JVM flags to the benchmark JVM (which hosts the broker, the store and SMTP);
# MUNI311_JAVA_OPTS adds them to each service ({service} becomes the service's name). MAVEN_ARGS=-o builds offline.
set -e
cd "$(dirname "$0")/../.."
./mvnw -q -B -DskipTests package -pl deploy/benchmark -am
# the load comes from one address and one API key at hundreds a second: the services' rate limits are off unless
# MUNI311_RATE_LIMITS_ENABLED=true is set (docs/configuration.md)
export MUNI311_RATE_LIMITS_ENABLED="${MUNI311_RATE_LIMITS_ENABLED:-false}"
exec java -Xmx2g ${MUNI311_BENCH_JAVA_OPTS:-} -Dmuni311.home="$PWD" -jar deploy/benchmark/target/muni311-benchmark.jar "$@"
