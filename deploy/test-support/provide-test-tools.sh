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

if [ -z "$missing" ]; then
  echo "Test tools: all present ($(echo $present)); nothing to install"
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
