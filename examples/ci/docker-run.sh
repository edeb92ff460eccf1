#!/bin/sh
# pgmi from the container image with plain `docker run` (podman: the same arguments).
set -eu
IMAGE=ghcr.io/pgmi/pgmi:0.1

# The project is bind-mounted at /work (the image's working directory). The image runs as uid
# 1000; `-u` makes report files yours when that is not your uid.
# Secrets go in as environment variables: `-e NAME` without a value copies NAME from this shell,
# so the password never appears in the command line or `ps`.
export PGMI_CONNECTION_STRING='postgresql://deployer@db.example.com:5432/postgres?sslmode=verify-full'
export PGPASSWORD='…'   # or a password inside the connection string, or a .pgpass mounted in

docker run --rm \
  -u "$(id -u):$(id -g)" -v "$PWD:/work" \
  -e PGMI_CONNECTION_STRING -e PGPASSWORD \
  "$IMAGE" deploy ./db --database app --param env=prod --junit-report reports/junit.xml

# A server on this machine (localhost, a port published by another container): share the host's
# network. Or join the server container's network and use its name as the host:
docker run --rm --network=host -v "$PWD:/work" -e PGPASSWORD \
  "$IMAGE" deploy ./db -h 127.0.0.1 -p 5432 -U postgres -d app
docker network create pgmi-net 2>/dev/null || true
docker run --rm --network=pgmi-net -v "$PWD:/work" -e PGPASSWORD \
  "$IMAGE" deploy ./db -h my-postgres -U postgres -d app --wait 30s

# Certificates are files: mount them read-only and point at them.
docker run --rm -v "$PWD:/work" -v "$HOME/.postgresql:/certs:ro" -e PGMI_CONNECTION_STRING \
  "$IMAGE" deploy ./db -d app --sslmode verify-full --sslrootcert /certs/root.crt

# Anything that is not a pgmi command runs as given:
docker run --rm "$IMAGE" version
docker run --rm "$IMAGE" sh -c 'pgmi version | head -1'
