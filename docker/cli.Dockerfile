# The command line as a one-shot container (compose's `setup`: topics and schemas), built from the jars
# Maven produced (`./feedpipe build` first); the build context is cli/target. JRE_IMAGE as in
# docker/service.Dockerfile.
ARG JRE_IMAGE=eclipse-temurin:21-jre
FROM ${JRE_IMAGE}
RUN useradd --system --uid 10001 --no-create-home feedpipe
WORKDIR /app
COPY lib /app/lib
COPY classes /app/classes
USER feedpipe
# one-shot tool: no healthcheck
ENTRYPOINT ["java", "-cp", "/app/classes:/app/lib/*", "dev.feedpipe.cli.Feedpipe"]
