#!/bin/sh
# Container entrypoint. pgmi arguments run pgmi; any other command runs as given, so a CI system
# that starts the container with its own shell command (GitLab: `sh -c ...`) just works:
#   docker run pgmi deploy . -d app    → pgmi deploy . -d app
#   docker run pgmi --help             → pgmi --help
#   docker run pgmi pgmi version       → pgmi version
#   docker run pgmi sh -c 'ls'         → sh -c 'ls'
# A word that is neither a pgmi command nor a program on PATH goes to pgmi, which says what is
# wrong with it (exit 2) instead of the shell's "not found" (exit 127).
set -e

case "${1-}" in
  pgmi)
    shift
    exec pgmi "$@"
    ;;
  '' | -* | deploy | init | info | config | metadata | templates | version | serve | ai | completion | help)
    exec pgmi "$@"
    ;;
esac

if command -v -- "$1" >/dev/null 2>&1; then
  exec "$@"
fi
exec pgmi "$@"
