#!/usr/bin/env bash
# Runs Elasticsearch with every variable whose name has a dot as a setting (as the official image does),
# listening on all interfaces of the container, on the base image's Java.
set -euo pipefail
settings=(-E network.host=0.0.0.0)
while IFS='=' read -r -d '' name value; do
  if [[ "$name" == *.* ]]; then
    settings+=(-E "$name=$value")
  fi
done < <(env -0)
export ES_JAVA_HOME="${ES_JAVA_HOME:-$JAVA_HOME}"
exec /usr/share/elasticsearch/bin/elasticsearch "${settings[@]}"
