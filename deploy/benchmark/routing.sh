#!/usr/bin/env sh
# The routing benchmark: routing decisions a second with 10, 1,000 and 10,000 areas in a layer, and how their cost
# grows beside the area count. In memory, one thread; needs nothing running. Not part of the test suite.
#   ./deploy/benchmark/routing.sh [seconds per size, default 3]
# MAVEN_ARGS=-o builds offline.
set -e
cd "$(dirname "$0")/../.."
./mvnw -q -B -DskipTests install -pl routing-service -am
./mvnw -q -B -pl routing-service test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/routing-benchmark.classpath -Dmdep.includeScope=test
exec java -Xmx1g -cp "routing-service/target/test-classes:routing-service/target/classes:$(cat routing-service/target/routing-benchmark.classpath)" \
  org.muni311.routing.RoutingBenchmark "$@"
