# The image of each of the four services, built from the jars Maven produced (`./feedpipe build` first).
# docker-compose.yml passes the module's target folder as the build context, and its main class and HTTP port
# (health, metrics) as build arguments: the same facts as dev.feedpipe.config.Service.
# JRE_IMAGE is any Debian or Ubuntu based Java 21+ runtime: Temurin's from Docker Hub by default, or the
# local base `./feedpipe docker` makes where Docker Hub cannot be reached (docker/base/build-base.sh).
ARG JRE_IMAGE=eclipse-temurin:21-jre
FROM ${JRE_IMAGE}
ARG MAIN_CLASS
ARG PORT
ENV MAIN_CLASS="${MAIN_CLASS}" PORT="${PORT}"
RUN useradd --system --uid 10001 --no-create-home feedpipe
WORKDIR /app
COPY lib /app/lib
COPY classes /app/classes
USER feedpipe
EXPOSE ${PORT}
# bash's /dev/tcp, so that neither base needs curl
HEALTHCHECK --interval=10s --timeout=3s --start-period=60s --retries=5 CMD ["bash", "-c", "exec 3<>/dev/tcp/127.0.0.1/$PORT && printf 'GET /health/ready HTTP/1.0\\r\\n\\r\\n' >&3 && head -n 1 <&3 | grep -q ' 200 '"]
# arguments after the image name go to the main class: 'docker compose run --rm index-service reindex'
ENTRYPOINT ["sh", "-c", "exec java -XX:MaxRAMPercentage=75 -cp '/app/classes:/app/lib/*' \"$MAIN_CLASS\" \"$@\"", "service"]
