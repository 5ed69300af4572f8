# Apicurio Registry for networks without Docker Hub: the same Maven Central distribution the embedded
# stack runs (apicurio-registry-app, tar.gz "all"), on the local JRE base. Build context: the repository
# root (see .dockerignore). Configured like the apicurio/apicurio-registry image: APICURIO_* and QUARKUS_*
# variables are Quarkus settings.
ARG JRE_IMAGE=eclipse-temurin:21-jre
FROM ${JRE_IMAGE}
RUN useradd --system --uid 10003 --no-create-home registry && mkdir -p /opt/registry /data && chown registry /data
ADD local-stack/target/dist/apicurio-registry.tar.gz /opt/registry/
USER registry
EXPOSE 8080
ENV QUARKUS_HTTP_HOST=0.0.0.0 JAVA_OPTS="-Xms128m -Xmx384m"
ENTRYPOINT ["sh", "-c", "exec java $JAVA_OPTS -jar /opt/registry/quarkus-run.jar"]
