#!/usr/bin/env bash
# Figure 4 of BENCHMARKS.md with hyperfine: what sep2:verify-tls adds to the build of the example
# device project. The Java harness (java -jar benchmarks/target/benchmarks.jar --only verify-tls)
# measures the same without hyperfine.
#
#   benchmarks/verify-tls-overhead.sh [runs=10]
#
# Needs: sep2-testkit installed (mvn -B -q install -DskipTests), examples/quickstart/pom.xml,
# hyperfine (apt-get install -y hyperfine). Run it from anywhere; it works on the repository root.
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-10}"
pom=examples/quickstart/pom.xml
if [ ! -f "$pom" ]; then
  echo "$pom does not exist yet" >&2
  exit 2
fi
command -v hyperfine >/dev/null || { echo "hyperfine is not installed (apt-get install -y hyperfine)" >&2; exit 2; }

mkdir -p benchmarks/target
base="mvn -o -q -B -f $pom"
if grep -q "verify-tls" "$pom"; then
  # the project binds the goal: compare with the check skipped (the plugin is still loaded)
  with="$base validate"
  without="$base validate -Dsep2.skip=true"
else
  with="$base validate io.sep2:sep2-maven-plugin:0.1.0-SNAPSHOT:verify-tls"
  without="$base validate"
fi
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
hyperfine --warmup 1 --runs "$runs" --export-markdown benchmarks/target/verify-tls-overhead.md \
  -n "with sep2:verify-tls" "$with" -n "without" "$without"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
