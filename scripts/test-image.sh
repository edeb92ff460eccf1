#!/usr/bin/env bash
# npm run test:image: builds the container image (Dockerfile) with podman and tests it against a
# real PostgreSQL.
#
#   scripts/test-image.sh               tools, base image, bundle, image build, then the image tests
#                                       (__tests__/image-*.int.test.ts, which run `deploy` from the
#                                       image with --network=host against the test server)
#   scripts/test-image.sh --build-only  everything up to the image build; the image tests then run
#                                       with the rest of the suite (`npm test`), which is what
#                                       .ci/run does
#
# Environment:
#   IMAGE=localhost/pgmi:test    tag to build
#   NODE_IMAGE=node:24-slim      base image (the Dockerfile's NODE_IMAGE build arg)
#   PGMI_TEST_SKIP_BUILD=1       do not rebuild dist/ first
#   REBUILD_BASE=1               remake the local stand-in base image
#
# No container registry is reachable from the machines this runs on, so when NODE_IMAGE is not in
# local storage the script makes a stand-in for it: a minimal Debian rootfs (mmdebstrap, from the
# Debian mirror apt already uses) plus this machine's own Node.js, tagged NODE_IMAGE so the
# unmodified `FROM ${NODE_IMAGE}` resolves to it. The stand-in therefore carries the host's Node
# (v20 here), not Node 24; the publish workflow builds on the real node:24-slim. Where the real
# image can be pulled, `podman pull node:24-slim` first and the stand-in is never made.
#
# The image build itself runs with --network=none: it must not need the network.
# Prints the build times and the image size; fails when the image exceeds 250 MB.
set -euo pipefail
cd "$(dirname "$0")/.."

IMAGE=${IMAGE:-localhost/pgmi:test}
NODE_IMAGE=${NODE_IMAGE:-node:24-slim}
MAX_MB=250
BUILD_ONLY=0
[ "${1-}" = --build-only ] && BUILD_ONLY=1
declare -a TIMES=()

now() { date +%s.%N; }
lap() { TIMES+=("$(awk -v a="$2" -v b="$(now)" -v l="$1" 'BEGIN { printf "%-40s %6.1f s", l, b - a }')"); }
log() { printf '\n== %s\n' "$*"; }
die() { echo "test-image: $*" >&2; exit 1; }
is_root() { [ "$(id -u)" = 0 ]; }

apt_install() {
  is_root && command -v apt-get >/dev/null || die "missing $*: install them (Debian: apt-get install $*)"
  if [ -z "${APT_UPDATED-}" ]; then apt-get update -q >/dev/null; APT_UPDATED=1; fi
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "$@" >/dev/null
}

# ------------------------------------------------------------------------------ 1. podman
setup_podman() {
  log "1. podman"
  local t; t=$(now)
  # runc: Debian 12's crun refuses hybrid cgroup v1+v2 hosts ("cgroups in hybrid mode not
  # supported"). Also when podman is already there: `apt-get install podman` alone brings crun.
  if ! command -v podman >/dev/null || ! command -v runc >/dev/null; then
    apt_install podman runc
  fi
  # Containers started by root inside a sandbox lack CAP_SYS_RESOURCE, so podman's default
  # rlimits (nofile=1048576) fail with "setrlimit RLIMIT_NOFILE: Operation not permitted": use the
  # limits this shell has. podman caps RLIMIT_NPROC at kernel.pid_max itself. Written only as
  # root, when there is no configuration yet or the one there is this script's own.
  local conf=/etc/containers/containers.conf
  if is_root && { [ ! -e "$conf" ] || grep -q '^# written by pgmi scripts/test-image.sh' "$conf"; }; then
    local nofile nproc pidmax
    nofile=$(ulimit -Hn); nproc=$(ulimit -Hu); pidmax=$(cat /proc/sys/kernel/pid_max)
    if [ "$nproc" = unlimited ] || [ "$nproc" -gt "$pidmax" ]; then nproc=$pidmax; fi
    mkdir -p /etc/containers
    {
      echo '# written by pgmi scripts/test-image.sh'
      echo '[containers]'
      echo "default_ulimits = [\"nofile=${nofile}:${nofile}\", \"nproc=${nproc}:${nproc}\"]"
      echo
      echo '[engine]'
      if command -v runc >/dev/null; then echo 'runtime = "runc"'; fi
    } > "$conf"
  fi
  podman --version
  podman info --format 'storage={{.Store.GraphDriverName}} cgroups={{.Host.CgroupsVersion}} runtime={{.Host.OCIRuntime.Name}}'
  lap "podman ready" "$t"
}

# ------------------------------------------------------------------------------ 2. base image
make_standin_base() {
  local node_bin npm_root mirror node_version t
  node_bin=$(readlink -f "$(command -v node)")
  node_version=$(node -p process.versions.node)
  npm_root=$(npm root -g 2>/dev/null || true)
  command -v mmdebstrap >/dev/null || apt_install mmdebstrap
  mirror=$(awk '/^URIs:/ { print $2; exit }' /etc/apt/sources.list.d/debian.sources 2>/dev/null || true)
  [ -n "$mirror" ] || mirror=$(awk '/^deb / { print $2; exit }' /etc/apt/sources.list 2>/dev/null || true)
  [ -n "$mirror" ] || die "no Debian mirror found in the apt sources"
  log "2. stand-in for $NODE_IMAGE: Debian bookworm minbase + this machine's Node.js $node_version"
  t=$(now)
  local hooks=(
    --customize-hook='mkdir -p "$1/usr/local/lib/node_modules" "$1/usr/local/bin"'
    --customize-hook="cp '$node_bin' \"\$1/usr/local/bin/node\""
    --customize-hook='chroot "$1" groupadd --gid 1000 node'
    --customize-hook='chroot "$1" useradd --uid 1000 --gid node --shell /bin/bash --create-home node'
    --customize-hook='chroot "$1" /usr/local/bin/node -e "require(\"os\")"'
    # minbase pulls in usrmerge and with it perl (about 50 MB) that debian:bookworm-slim lacks
    --customize-hook='chroot "$1" env DEBIAN_FRONTEND=noninteractive apt-get purge -y -qq usrmerge libfile-find-rule-perl libnumber-compare-perl libtext-glob-perl perl libperl5.36 perl-modules-5.36 >/dev/null'
  )
  # npm and corepack as in the real image, so the size measured here is comparable
  if [ -n "$npm_root" ] && [ -d "$npm_root/npm" ]; then
    hooks+=(--customize-hook="cp -a '$npm_root/npm' \"\$1/usr/local/lib/node_modules/\""
            --customize-hook='ln -s ../lib/node_modules/npm/bin/npm-cli.js "$1/usr/local/bin/npm"'
            --customize-hook='ln -s ../lib/node_modules/npm/bin/npx-cli.js "$1/usr/local/bin/npx"')
  fi
  if [ -n "$npm_root" ] && [ -d "$npm_root/corepack" ]; then
    hooks+=(--customize-hook="cp -a '$npm_root/corepack' \"\$1/usr/local/lib/node_modules/\""
            --customize-hook='ln -s ../lib/node_modules/corepack/dist/corepack.js "$1/usr/local/bin/corepack"')
  fi
  mmdebstrap --variant=minbase --quiet \
    --dpkgopt='path-exclude=/usr/share/doc/*' --dpkgopt='path-include=/usr/share/doc/*/copyright' \
    --dpkgopt='path-exclude=/usr/share/man/*' --dpkgopt='path-exclude=/usr/share/locale/*' \
    --dpkgopt='path-exclude=/usr/share/info/*' \
    "${hooks[@]}" bookworm - "$mirror" \
  | podman import --quiet \
      --change 'ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin' \
      --change "ENV NODE_VERSION=$node_version" \
      --change "LABEL pgmi.standin=node-$node_version" \
      --change 'CMD ["node"]' \
      - "$NODE_IMAGE" >/dev/null
  lap "stand-in base image (mmdebstrap + import)" "$t"
}

ensure_base() {
  if [ "${REBUILD_BASE:-0}" = 1 ] || ! podman image exists "$NODE_IMAGE"; then
    make_standin_base
  else
    log "2. base $NODE_IMAGE is in local storage"
  fi
  local standin
  standin=$(podman image inspect --format '{{index .Labels "pgmi.standin"}}' "$NODE_IMAGE" 2>/dev/null || true)
  if [ -n "$standin" ] && [ "$standin" != '<no value>' ]; then
    echo "note: $NODE_IMAGE here is a local stand-in ($standin), not the registry image"
  fi
  podman run --rm --network=none "$NODE_IMAGE" node -e \
    'console.log("base: node " + process.version + ", debian " + require("fs").readFileSync("/etc/debian_version", "utf8").trim())'
}

# ------------------------------------------------------------------------------ 3. bundle + image
build_image() {
  local t
  if [ "${PGMI_TEST_SKIP_BUILD:-0}" != 1 ]; then
    log "3a. npm run build (dist/)"
    t=$(now)
    node scripts/build.mjs
    lap "bundle (npm run build)" "$t"
  fi
  [ -f dist/cli/index.js ] || die "dist/cli/index.js is missing: run npm run build"
  log "3b. podman build -t $IMAGE (network: none)"
  t=$(now)
  podman build --pull=never --network=none \
    --build-arg NODE_IMAGE="$NODE_IMAGE" \
    --build-arg VERSION="$(node -p 'require("./package.json").version')" \
    --build-arg REVISION="$(git rev-parse HEAD 2>/dev/null || echo unknown)" \
    --build-arg BUILD_DATE="$(date -u +%Y-%m-%dT%H:%M:%SZ)" \
    -t "$IMAGE" . >/tmp/pgmi-image-build.log 2>&1 || { tail -30 /tmp/pgmi-image-build.log; die "podman build failed"; }
  lap "podman build" "$t"
  local bytes base_bytes mb
  bytes=$(podman image inspect --format '{{.Size}}' "$IMAGE")
  base_bytes=$(podman image inspect --format '{{.Size}}' "$NODE_IMAGE")
  mb=$(( bytes / 1000000 ))
  echo "image $IMAGE: $mb MB uncompressed (base $NODE_IMAGE: $(( base_bytes / 1000000 )) MB, pgmi layers: $(( (bytes - base_bytes) / 1000000 )) MB)"
  [ "$mb" -le "$MAX_MB" ] || die "image is $mb MB, over the $MAX_MB MB limit"
  podman run --rm --network=none "$IMAGE" version
}

total_start=$(now)
# Test files that need the image build it themselves (this script with --build-only) and may start
# at the same moment: one build at a time; the second then finds every layer cached.
if command -v flock >/dev/null; then
  exec 9>"${TMPDIR:-/tmp}/pgmi-test-image.lock"
  flock 9
fi
setup_podman
ensure_base
build_image
lap "total to a built image" "$total_start"

if [ "$BUILD_ONLY" = 0 ]; then
  log "4. image tests (deploy from the image against the test PostgreSQL, --network=host)"
  t=$(now)
  PGMI_TEST_IMAGE="$IMAGE" PGMI_REQUIRE_IMAGE=1 PGMI_TEST_SKIP_BUILD=1 \
    node scripts/test.mjs __tests__/image-
  lap "image tests" "$t"
fi

log "timings"
printf '%s\n' "${TIMES[@]}"
