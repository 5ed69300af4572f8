# syntax=docker/dockerfile:1
# The image of each of the four services: docker-compose.yml passes the module, its main class and its
# HTTP port (health, metrics) as build arguments, the same facts as dev.feedpipe.config.Service.
# Build context: the repository root.
FROM maven:3.9-eclipse-temurin-21 AS build
ARG MODULE
WORKDIR /src
COPY . .
RUN mvn -B -q -pl "${MODULE}" -am package -DskipTests

FROM eclipse-temurin:21-jre
ARG MODULE
ARG MAIN_CLASS
ARG PORT
ENV MAIN_CLASS="${MAIN_CLASS}" PORT="${PORT}"
RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/* \
    && useradd --system --uid 10001 --no-create-home feedpipe
WORKDIR /app
COPY --from=build /src/${MODULE}/target/classes /app/classes
COPY --from=build /src/${MODULE}/target/lib /app/lib
USER feedpipe
EXPOSE ${PORT}
HEALTHCHECK --interval=10s --timeout=3s --start-period=60s --retries=5 CMD curl -fsS "http://127.0.0.1:${PORT}/health/ready" || exit 1
ENTRYPOINT ["sh", "-c", "exec java -XX:MaxRAMPercentage=75 -cp '/app/classes:/app/lib/*' \"$MAIN_CLASS\""]
