#!/usr/bin/env bash
# Figure 4 of BENCHMARKS.md with hyperfine: what sep2:verify-tls costs the build of the example
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

version=$(sed -n 's:.*<sep2.version>\(.*\)</sep2.version>.*:\1:p' "$pom" | head -1)
execution=$(tr -d '\n' < "$pom" | sed 's:<execution>:\n<execution>:g' | grep '<goal>verify-tls</goal>' \
  | sed -n 's:^<execution>[[:space:]]*<id>\([^<]*\)</id>.*:\1:p' | head -1)
goal="io.sep2:sep2-maven-plugin:${version:-0.1.0-SNAPSHOT}:verify-tls${execution:+@$execution}"
base="mvn -o -q -B -f $pom"
mkdir -p benchmarks/target
# the goal alone needs the keystores sep2:generate-pki writes earlier in the build
$base generate-test-resources

echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
hyperfine --warmup 1 --runs "$runs" --export-markdown benchmarks/target/verify-tls-overhead.md \
  -n "validate + $goal" "$base validate $goal" -n "validate" "$base validate" \
  -n "process-test-classes" "$base process-test-classes" \
  -n "process-test-classes -Dsep2.skip=true" "$base process-test-classes -Dsep2.skip=true"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
