# pgmi as a container image: the committed, self-contained CLI bundle (dist/cli, no node_modules)
# and the project templates on a slim Debian-based Node.js image. Building needs no network:
# everything is COPYed from the checkout (run `npm run build` first when dist/ is not current).
#
#   docker build -t pgmi .
#   docker run --rm --network=host -v "$PWD:/work" -e PGMI_CONNECTION_STRING pgmi deploy . -d app
#
# Any base with glibc and Node.js >= 20 at /usr/local/bin/node works (NODE_IMAGE build arg).
ARG NODE_IMAGE=node:24-slim
FROM ${NODE_IMAGE}

ARG VERSION=0.0.0-dev
ARG REVISION=unknown
ARG BUILD_DATE=unknown

LABEL org.opencontainers.image.title="pgmi" \
      org.opencontainers.image.description="PostgreSQL-native deployments: load a project into session tables and let deploy.sql decide" \
      org.opencontainers.image.source="https://github.com/pgmi/deploy-action" \
      org.opencontainers.image.url="https://github.com/pgmi/deploy-action" \
      org.opencontainers.image.documentation="https://github.com/pgmi/deploy-action#readme" \
      org.opencontainers.image.version="${VERSION}" \
      org.opencontainers.image.revision="${REVISION}" \
      org.opencontainers.image.created="${BUILD_DATE}" \
      org.opencontainers.image.licenses="MIT"

# `pgmi version` reads the commit and build date from these.
ENV PGMI_BUILD_COMMIT="${REVISION}" \
    PGMI_BUILD_DATE="${BUILD_DATE}" \
    NODE_ENV=production \
    NODE_PATH=/usr/local/lib/node_modules

# Same layout as the repository (dist/cli next to templates/), so the bundle finds its templates
# the way it does in a checkout or an npm install.
COPY dist/cli/ /opt/pgmi/dist/cli/
COPY templates/ /opt/pgmi/templates/
COPY --chmod=755 docker/pgmi /usr/local/bin/pgmi
COPY --chmod=755 docker/entrypoint.sh /usr/local/bin/pgmi-entrypoint
# The advanced template's HTTP gateway (tools/mcp-gateway.mjs, a user's own code) depends on `pg`
# only: one bundled file of it, where NODE_PATH finds it from any mounted project, so
#   docker run --network=host -v "$PWD:/work" -e DATABASE_URL pgmi node tools/mcp-gateway.mjs
# needs no `npm install` (a project's own tools/node_modules/pg still wins).
COPY dist/gateway-pg/index.cjs /usr/local/lib/node_modules/pg/index.js
COPY dist/gateway-pg/licenses.txt /usr/local/lib/node_modules/pg/licenses.txt

# Program files stay root-owned (COPY); /work belongs to the unprivileged user so that reports
# can be written there when nothing is mounted over it. `node` (uid 1000) comes with the official
# Node.js images.
RUN mkdir -p /work && chown node:node /work

USER node
WORKDIR /work

# The entrypoint runs pgmi for pgmi arguments (`deploy ...`, `version`, `--help`) and any other
# command as given (`sh -c ...`, as GitLab's runner starts job containers), so no
# `entrypoint: [""]` override is needed.
ENTRYPOINT ["/usr/local/bin/pgmi-entrypoint"]
CMD ["--help"]
