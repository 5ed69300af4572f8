# Elasticsearch for networks without Docker Hub: the same Maven Central distribution the embedded stack
# runs (org.elasticsearch.distribution.integ-test-zip), on the local JRE base, at the official image's
# paths. Build context: the repository root (see .dockerignore). Configured like the official image:
# a variable whose name has a dot (discovery.type=single-node) is a setting.
ARG JRE_IMAGE=eclipse-temurin:21-jre
FROM ${JRE_IMAGE}
COPY local-stack/target/dist/elasticsearch.zip /tmp/elasticsearch.zip
RUN useradd --system --uid 10004 --no-create-home elasticsearch \
    && unzip -q /tmp/elasticsearch.zip -d /usr/share && rm /tmp/elasticsearch.zip \
    && mv /usr/share/elasticsearch-* /usr/share/elasticsearch \
    && mkdir -p /usr/share/elasticsearch/data /usr/share/elasticsearch/logs \
    && chmod -R a+x /usr/share/elasticsearch/bin && chown -R elasticsearch /usr/share/elasticsearch
COPY docker/airgap/elasticsearch-start.sh /usr/share/elasticsearch/
USER elasticsearch
WORKDIR /usr/share/elasticsearch
EXPOSE 9200 9300
ENTRYPOINT ["bash", "/usr/share/elasticsearch/elasticsearch-start.sh"]
