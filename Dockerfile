# Candor: multi-stage build. go-sqlite3 needs cgo, so both stages are
# Debian (glibc); the final image runs as a non-root user with the
# database on a volume.
FROM golang:1.26-bookworm AS build
# The patched toolchain go.mod names; the image's GOTOOLCHAIN=local would
# ignore that line.
ENV GOTOOLCHAIN=go1.27.3
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
RUN CGO_ENABLED=1 go build -trimpath -ldflags="-s -w" -o /out/candor . \
 && /out/candor kb lint

FROM debian:bookworm-slim
RUN apt-get update \
 && apt-get install -y --no-install-recommends ca-certificates \
 && rm -rf /var/lib/apt/lists/* \
 && useradd --system --uid 10001 --home-dir /data --shell /usr/sbin/nologin candor \
 && mkdir -p /data && chown candor:candor /data
COPY --from=build /out/candor /usr/local/bin/candor
USER candor
WORKDIR /data
VOLUME ["/data"]
ENV CANDOR_DB=/data/candor.db
# /healthz and /metrics when CANDOR_HTTP_ADDR=:9090 is set.
EXPOSE 9090
ENTRYPOINT ["candor"]
CMD ["run"]
