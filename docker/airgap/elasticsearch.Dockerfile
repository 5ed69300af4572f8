# Elasticsearch for networks without Docker Hub: the same Maven Central distribution the embedded stack
# runs (org.elasticsearch.distribution.integ-test-zip), on the local JRE base, at the official image's
# paths. Build context: the repository root (see .dockerignore). Configured like the official image:
# a variable whose name has a dot (discovery.type=single-node) is a setting.
ARG JRE_IMAGE=eclipse-temurin:21-jre
# unpacked in a stage of its own, so the zip stays out of the image's layers
FROM ${JRE_IMAGE} AS unpack
COPY local-stack/target/dist/elasticsearch.zip /tmp/elasticsearch.zip
RUN unzip -q /tmp/elasticsearch.zip -d /tmp/es && mv /tmp/es/elasticsearch-* /tmp/es/elasticsearch \
    && mkdir -p /tmp/es/elasticsearch/data /tmp/es/elasticsearch/logs && chmod -R a+x /tmp/es/elasticsearch/bin

FROM ${JRE_IMAGE}
RUN useradd --system --uid 10004 --no-create-home elasticsearch
COPY --from=unpack --chown=elasticsearch /tmp/es/elasticsearch /usr/share/elasticsearch
COPY docker/airgap/elasticsearch-start.sh /usr/share/elasticsearch/
USER elasticsearch
WORKDIR /usr/share/elasticsearch
EXPOSE 9200 9300
ENTRYPOINT ["bash", "/usr/share/elasticsearch/elasticsearch-start.sh"]
