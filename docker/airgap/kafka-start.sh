#!/usr/bin/env bash
# Writes server.properties from the KAFKA_* variables (as the apache/kafka image reads them: the prefix
# dropped, lower case, '_' -> '.', '__' -> '_', '___' -> '-'), formats the log directory once, runs the broker.
set -euo pipefail
properties=/opt/kafka/config/server.properties
: >"$properties"
while IFS='=' read -r -d '' name value; do
  case "$name" in
    KAFKA_HEAP_OPTS | KAFKA_OPTS) ;;
    KAFKA_*)
      key="$(printf '%s' "${name#KAFKA_}" | tr 'A-Z' 'a-z' | sed 's/___/-/g; s/__/\x01/g; s/_/./g; s/\x01/_/g')"
      printf '%s=%s\n' "$key" "$value" >>"$properties" ;;
  esac
done < <(env -0)
classpath='/opt/kafka/libs/*'
logging=-Dlog4j2.configurationFile=/opt/kafka/kafka-log4j2.properties
log_dir="$(sed -n 's/^log\.dirs=//p' "$properties")"
if [[ ! -f "${log_dir:-/tmp/kraft-combined-logs}/meta.properties" ]]; then
  java "$logging" -cp "$classpath" kafka.tools.StorageTool format -t "${CLUSTER_ID:-MkU3OEVBNTcwNTJENDM2Qk}" -c "$properties"
fi
# shellcheck disable=SC2086
exec java ${KAFKA_HEAP_OPTS:--Xms256m -Xmx512m} ${KAFKA_OPTS:-} "$logging" -cp "$classpath" kafka.Kafka "$properties"
