# Post-provision step: deploy a pgmi project after Terraform has created (or changed) a database,
# and again whenever a file of the project changes. Needs no provider: `terraform_data` is built
# into Terraform >= 1.4, so `terraform init` works offline.
#
#   export TF_VAR_connection_string='postgresql://deployer:…@db.example.com:5432/postgres?sslmode=require'
#   terraform init && terraform apply
#
# In a real configuration, point `connection_string` at the server resource's attributes and add
# `depends_on` for it (see README.md); this file is complete on its own so it can be tried as is.

terraform {
  required_version = ">= 1.4"
}

variable "project_dir" {
  description = "pgmi project directory (holds deploy.sql), relative to this module or absolute."
  type        = string
  default     = "../quickstart"
}

variable "database" {
  description = "Target database; pgmi creates it when it is missing."
  type        = string
}

variable "connection_string" {
  description = "PostgreSQL URI or ADO.NET string of the server (its password is the secret). Pass it as TF_VAR_connection_string."
  type        = string
  sensitive   = true
}

variable "runner" {
  description = "How pgmi runs: \"docker\" (the container image), \"npx\" (the npm package) or \"command\" (pgmi_command)."
  type        = string
  default     = "docker"

  validation {
    condition     = contains(["docker", "npx", "command"], var.runner)
    error_message = "runner must be docker, npx or command."
  }
}

variable "container_cli" {
  description = "Container CLI for runner = docker (docker or podman)."
  type        = string
  default     = "docker"
}

variable "image" {
  description = "pgmi container image for runner = docker."
  type        = string
  default     = "ghcr.io/pgmi/pgmi:0.1"
}

variable "pgmi_version" {
  description = "npm version of pgmi for runner = npx."
  type        = string
  default     = "0.1"
}

variable "pgmi_command" {
  description = "Command that runs pgmi, for runner = command (e.g. a pgmi on PATH: \"pgmi\")."
  type        = string
  default     = "pgmi"
}

variable "deploy_args" {
  description = "Extra `pgmi deploy` arguments, e.g. [\"--param\", \"env=prod\", \"--timeout\", \"10m\"]."
  type        = list(string)
  default     = []
}

locals {
  project = abspath(var.project_dir)

  # Every file of the project by name and content: any change, addition or removal re-deploys.
  # (pgmi itself decides what a re-deploy does; deploy.sql is written to be re-runnable.)
  project_checksum = sha256(join("\n", [
    for f in sort(fileset(local.project, "**")) : "${f} ${filesha256("${local.project}/${f}")}"
  ]))

  # The connection string reaches pgmi through the environment only (`-e NAME` without a value
  # copies it from there), never through the command line, the plan or the state.
  pgmi = {
    docker  = "${var.container_cli} run --rm --network=host -v '${local.project}:/work' -e PGMI_CONNECTION_STRING ${var.image} deploy /work"
    npx     = "npx --yes pgmi@${var.pgmi_version} deploy '${local.project}'"
    command = "${var.pgmi_command} deploy '${local.project}'"
  }
  # pgmi's log and exit status of the last run (see the provisioners)
  log_dir = "${abspath(path.root)}/.pgmi"
  log     = "${local.log_dir}/deploy"
  deploy_command = join(" ", concat(
    [local.pgmi[var.runner], "-d", var.database],
    [for a in var.deploy_args : "'${replace(a, "'", "'\\''")}'"],
  ))
}

resource "terraform_data" "pgmi_deploy" {
  # Replaced (so the provisioners run again) when the project's files or the target change.
  triggers_replace = {
    project  = local.project_checksum
    database = var.database
  }

  # Terraform hides ALL output of a provisioner whose configuration holds a sensitive value, and
  # the connection string is one. So this step only runs pgmi with the secret and keeps its
  # (password-redacted) log and exit status, and always succeeds...
  provisioner "local-exec" {
    command = "mkdir -p '${local.log_dir}'; ${local.deploy_command} > '${local.log}.log' 2>&1; echo $? > '${local.log}.status'"
    environment = {
      PGMI_CONNECTION_STRING = var.connection_string
    }
  }

  # ...and this one, which holds no secret, shows the log and fails the apply with pgmi's exit
  # code (10 config, 11 connection, 13 SQL or test failure, ...).
  provisioner "local-exec" {
    command = "cat '${local.log}.log'; exit \"$(cat '${local.log}.status')\""
  }
}

output "project_checksum" {
  description = "Checksum of the project files deployed last."
  value       = local.project_checksum
}
