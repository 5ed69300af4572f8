# Kafka (KRaft) for networks without Docker Hub: the broker's jars from Maven Central, the same ones the
# embedded stack runs, on the local JRE base. Build context: the repository root (see .dockerignore).
# Configured like the apache/kafka image: KAFKA_FOO_BAR=x becomes foo.bar=x (see kafka-start.sh).
ARG JRE_IMAGE=eclipse-temurin:21-jre
FROM ${JRE_IMAGE}
RUN useradd --system --uid 10002 --no-create-home kafka \
    && mkdir -p /opt/kafka/config /var/lib/kafka/data && chown -R kafka /opt/kafka/config /var/lib/kafka
COPY local-stack/kafka-broker/target/lib /opt/kafka/libs/
COPY docker/airgap/kafka-start.sh docker/airgap/kafka-log4j2.properties /opt/kafka/
USER kafka
EXPOSE 9092 9093
ENTRYPOINT ["bash", "/opt/kafka/kafka-start.sh"]
