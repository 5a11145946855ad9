# Builds and runs Paceline; docker-compose.yml uses it. Health for orchestrators: GET /actuator/health/liveness
# and /actuator/health/readiness on port 8080.
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY . .
RUN ./mvnw -B -q package -DskipTests

FROM eclipse-temurin:17-jre
# /stats draws its chart on the server (headless AWT), which needs a font.
RUN apt-get update && apt-get install -y --no-install-recommends fontconfig fonts-dejavu-core && rm -rf /var/lib/apt/lists/*
RUN useradd --system --uid 10001 paceline && mkdir -p /data && chown paceline /data
USER paceline
WORKDIR /app
COPY --from=build /src/bot/target/paceline.jar /app/paceline.jar
ENV PACELINE_DATA_DIR=/data SERVER_PORT=8080
EXPOSE 8080
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/app/paceline.jar"]
