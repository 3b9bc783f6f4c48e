#!/usr/bin/env bash
# The installer packages used as a store's IT person and head office use them, on a clean
# Debian 12 machine:
#   1. scripts/package builds both packages from this tree and runs lintian on them.
#   2. debootstrap makes a clean bookworm root; apt installs both packages into it (recommends
#      off, so the packages' own dependencies must be enough); the installed programs must be
#      hardened and stripped.
#   3. Central: `init` and `seed-demo` as its system user, then `serve` with the command line
#      and settings of the installed systemd unit (systemd itself does not run in a chroot),
#      a health check, a product put by an integration.
#   4. The till: `kassa --version`, `kassactl init --demo`, enrollment at central, a sync that
#      brings the integration's product, a shift opened, a sale of it and a sync that sends the sale.
#   5. A newer release of both packages installed over them: central's CA, data and edited
#      settings and the till's receipts survive, and both carry on (a second sale reaches
#      central). A till and a central written at schema version 1 (tests/*/fixtures) are
#      migrated by the installed programs on first start and keep their sales.
#   6. Removing keeps the data; installing again finds it; purging removes central's.
#
# Needs root (debootstrap, chroot) and Debian's package mirror. Without root it exits 77, which
# CTest reports as skipped. The clean root is kept between runs as a tarball of debootstrap's
# result (at most a week old) so that running the test again skips the download.
#   KASSA_DEBIAN_MIRROR      mirror for the clean root (default http://deb.debian.org/debian)
#   KASSA_PACKAGE_TEST_DIR   where the root is made (default build/package-test)
set -euo pipefail

source_dir=$(cd "$(dirname "$0")/../.." && pwd)
work=${KASSA_PACKAGE_TEST_DIR:-$source_dir/build/package-test}
mirror=${KASSA_DEBIAN_MIRROR:-http://deb.debian.org/debian}
root=$work/root
base_tarball=$work/bookworm-minbase.tar
central_pid=

step() { printf '\n== %s\n' "$*"; }
fail() {
    echo "FAIL: $*" >&2
    exit 1
}
expect_contains() { # WHAT TEXT NEEDLE
    grep -qF -- "$3" <<<"$2" || fail "$1: expected '$3' in: $2"
}

if [[ $(id -u) -ne 0 ]]; then
    echo "SKIPPED: the package test needs root for debootstrap and chroot"
    exit 77
fi

# Commands inside the clean root, as root (the store's IT person) or as central's service user,
# with a clean environment like a login's.
in_root() {
    chroot "$root" env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LC_ALL=C.UTF-8 \
        DEBIAN_FRONTEND=noninteractive "$@"
}
central_user=(chroot --userspec=kassa-central:kassa-central "$root"
    env -i PATH=/usr/bin:/bin HOME=/var/lib/kassa-central LC_ALL=C.UTF-8)
as_central() { "${central_user[@]}" "$@"; }
ctl() { in_root kassactl "$@"; }

# apt-get install of the packages copied into the root's /tmp/packages/WHICH, logged to WORK/LOG.log.
apt_install() {
    local which=$1 log=$work/$2.log
    in_root sh -c "apt-get install -y -q --no-install-recommends /tmp/packages/$which/*.deb" >"$log" 2>&1 ||
        fail "apt could not install the $which packages ($2): $(tail -20 "$log")"
}

stop_central() {
    if [[ -n $central_pid ]]; then
        kill "$central_pid" 2>/dev/null || true
        wait "$central_pid" 2>/dev/null || true
        central_pid=
    fi
}

# Head office's PostgreSQL server, on this machine's loopback (the root shares its network).
pg_bin=
pg_dir=
stop_postgres() {
    if [[ -n $pg_dir && -d $pg_dir/data ]]; then
        runuser -u postgres -- "$pg_bin/pg_ctl" -D "$pg_dir/data" -m immediate -w stop >/dev/null 2>&1 || true
        rm -rf "$pg_dir"
    fi
}
start_postgres() {
    pg_bin=$(find /usr/lib/postgresql -maxdepth 2 -name bin -type d | sort -V | tail -1)
    [[ -x $pg_bin/initdb ]] || fail "PostgreSQL's server is not installed (scripts/install-deps installs it)"
    # Under /tmp: the postgres user must reach it, whatever the checkout's own folder allows.
    pg_dir=$(mktemp -d /tmp/kassa-package-postgres.XXXXXX)
    chown postgres:postgres "$pg_dir"
    runuser -u postgres -- "$pg_bin/initdb" -D "$pg_dir/data" -A trust -U postgres --no-sync >"$work/initdb.log" 2>&1 ||
        fail "initdb failed: $(tail -5 "$work/initdb.log")"
    pg_port=
    for _ in 1 2 3; do # a random port, again if it was taken
        local candidate
        candidate=$(shuf -i 20000-60000 -n 1)
        if runuser -u postgres -- "$pg_bin/pg_ctl" -D "$pg_dir/data" -l "$pg_dir/log" -w \
            -o "-c listen_addresses=127.0.0.1 -p $candidate -c unix_socket_directories=''" start >/dev/null 2>&1; then
            pg_port=$candidate
            break
        fi
    done
    [[ -n $pg_port ]] || fail "PostgreSQL did not start: $(tail -5 "$pg_dir/log")"
    runuser -u postgres -- "$pg_bin/createdb" -h 127.0.0.1 -p "$pg_port" -U postgres kassa ||
        fail "could not create central's database"
}
trap 'stop_central; stop_postgres' EXIT

# The unit's own ExecStart, its settings file and its user: what systemd would run.
start_central_as_unit() {
    local unit=$root/lib/systemd/system/kassa-central.service
    local exec_start
    exec_start=$(sed -n 's/^ExecStart=//p' "$unit")
    grep -qx 'User=kassa-central' "$unit" || fail "the unit does not run as kassa-central"
    grep -qx 'EnvironmentFile=/etc/kassa-central/kassa-central.conf' "$unit" || fail "the unit's settings file moved"
    # systemd's EnvironmentFile puts every setting in central's environment: set -a exports them.
    start_central "set -a && . /etc/kassa-central/kassa-central.conf && set +a && exec $exec_start"
}

# Runs central as its user with the shell command line given, waits until it listens and checks
# its health; sets central_pid, port and central_url.
start_central() {
    local log=$work/central.log
    # Not through a function: chroot, env and sh all exec, so $! is central itself.
    "${central_user[@]}" sh -c "$1" >"$log" 2>&1 &
    central_pid=$!
    for _ in $(seq 100); do
        grep -q '^listening on' "$log" && break
        kill -0 "$central_pid" 2>/dev/null || fail "central did not start: $(cat "$log")"
        sleep 0.1
    done
    port=$(sed -n 's/^listening on .*:\([0-9]*\)$/\1/p' "$log")
    [[ -n $port ]] || fail "central printed no address: $(cat "$log")"
    central_url=https://127.0.0.1:$port
    local health
    health=$(curl --silent --show-error --fail --cacert "$root/var/lib/kassa-central/ca.pem" "$central_url/healthz")
    [[ $health == ok ]] || fail "health check answered '$health'"
    echo "central serving at $central_url; health: $health"
}

# Central's sales as an integration with the token given (default: the test's) reads them.
central_sales() {
    curl --silent --show-error --fail --cacert "$root/var/lib/kassa-central/ca.pem" \
        -H "Authorization: Bearer ${1:-$token}" "$central_url/v1/sales"
}
count_sales() { grep -o '"cursor"' <<<"$1" | wc -l; }

# What hardening-check would say of an installed program: PIE, full RELRO (relro + bind now),
# stack protector and fortified libc calls, and stripped of its symbol table.
check_hardened() {
    local program=$1 facts
    facts="$(readelf -hldSW --dyn-syms "$program")"
    grep -q 'Type:.*DYN' <<<"$facts" || fail "$program is not position-independent"
    grep -q 'GNU_RELRO' <<<"$facts" || fail "$program has no RELRO segment"
    grep -q 'BIND_NOW' <<<"$facts" || fail "$program is not linked with -z now"
    grep -q '__stack_chk_fail' <<<"$facts" || fail "$program has no stack protector"
    grep -qE '__[a-z]+_chk\b' <<<"$facts" || fail "$program calls no fortified functions"
    ! grep -q '\.symtab' <<<"$facts" || fail "$program is not stripped"
}

remove_root() {
    if findmnt -rn -o TARGET | grep -q "^$root\(/\|$\)"; then
        fail "something is mounted under $root; unmount it first"
    fi
    rm -rf "$root"
}

step "Building both packages and running lintian (scripts/package)"
"$source_dir/scripts/package"
mkdir -p "$work"
arch=$(dpkg --print-architecture)
older=("$source_dir"/build-package/kassa_*_"$arch".deb "$source_dir"/build-package/kassa-central_*_"$arch".deb)
release=$(dpkg-deb -f "${older[0]}" Version)
newer_dir=$work/newer
rm -rf "$newer_dir"
# The newer release: the same build packaged as the next Debian revision, as a packaging fix
# would be shipped. Its databases are already at this schema; the migration of older schemas is
# checked further on with databases the older programs wrote.
(cd "$source_dir/build-package" &&
    cpack -G DEB -D CPACK_DEBIAN_PACKAGE_RELEASE=$((${release##*-} + 1)) -B "$newer_dir" >"$work/cpack-newer.log" 2>&1) ||
    fail "cpack could not make the newer release: $(tail -5 "$work/cpack-newer.log")"
newer=("$newer_dir"/kassa_*_"$arch".deb "$newer_dir"/kassa-central_*_"$arch".deb)
newer_release=$(dpkg-deb -f "${newer[0]}" Version)
dpkg --compare-versions "$newer_release" gt "$release" || fail "$newer_release is not newer than $release"

step "A clean Debian 12 root"
remove_root
if [[ -z $(find "$base_tarball" -mtime -7 2>/dev/null) ]]; then
    debootstrap --variant=minbase bookworm "$root" "$mirror" >"$work/debootstrap.log" 2>&1 ||
        fail "debootstrap failed: $(tail -5 "$work/debootstrap.log")"
    tar -C "$root" -cf "$base_tarball" .
else
    mkdir -p "$root"
    tar -C "$root" -xf "$base_tarball"
fi
cp /etc/resolv.conf "$root/etc/resolv.conf"
echo "deb $mirror bookworm main" >"$root/etc/apt/sources.list"
mkdir -p "$root/tmp/packages/older" "$root/tmp/packages/newer"
cp "${older[@]}" "$root/tmp/packages/older/"
cp "${newer[@]}" "$root/tmp/packages/newer/"
in_root apt-get update -q >"$work/apt-update.log" 2>&1 || fail "apt-get update failed: $(tail -5 "$work/apt-update.log")"

step "Installing $release with apt"
apt_install older install
for package in kassa kassa-central; do
    [[ $(in_root dpkg-query -W -f='${Status} ${Version}' "$package") == "install ok installed $release" ]] ||
        fail "$package is not installed at $release"
done
in_root getent passwd kassa-central >/dev/null || fail "no kassa-central system user"
[[ $(in_root stat -c "%U %a" /var/lib/kassa-central) == "kassa-central 700" ]] || fail "central's data folder is not its own"
[[ ! -e $root/etc/systemd/system/multi-user.target.wants/kassa-central.service ]] ||
    fail "installing enabled the service before central was initialised"
[[ -f $root/usr/share/applications/kassa.desktop && -f $root/usr/share/man/man1/kassactl.1.gz ]] ||
    fail "the desktop entry or a man page is missing"
for program in kassa kassactl kassa-central; do
    check_hardened "$root/usr/bin/$program"
done

step "The till's programs"
version=$(in_root kassa --version)
expect_contains "kassa --version" "$version" "kassa ${release%-*}"
echo "$version"

step "Central: init, demo catalog, serve as the unit would"
as_central kassa-central --data-dir /var/lib/kassa-central init
as_central kassa-central --data-dir /var/lib/kassa-central seed-demo --products 500
token=$(as_central kassa-central --data-dir /var/lib/kassa-central token create --name "package test" --scope all)
code=$(as_central kassa-central --data-dir /var/lib/kassa-central enroll --store 001 --till 01)
# The administrator picks the address central listens on (first any free port, for the test).
sed -i 's/^KASSA_CENTRAL_LISTEN=.*/KASSA_CENTRAL_LISTEN=127.0.0.1:0/' "$root/etc/kassa-central/kassa-central.conf"
# And the nightly snapshot due from midnight, so the first start takes today's.
sed -i 's/^#KASSA_CENTRAL_SNAPSHOT_AT=.*/KASSA_CENTRAL_SNAPSHOT_AT=00:00/' "$root/etc/kassa-central/kassa-central.conf"
start_central_as_unit
for _ in $(seq 100); do
    compgen -G "$root/var/lib/kassa-central/backups/central-*.db" >/dev/null && break
    sleep 0.1
done
snapshot=$(compgen -G "$root/var/lib/kassa-central/backups/central-*.db") || fail "central took no nightly snapshot"
[[ $(in_root stat -c %U "${snapshot#"$root"}") == kassa-central ]] || fail "the snapshot is not central's own"
# From now on central keeps that port, as a store's till expects of it.
sed -i "s/^KASSA_CENTRAL_LISTEN=.*/KASSA_CENTRAL_LISTEN=127.0.0.1:$port/" "$root/etc/kassa-central/kassa-central.conf"
ca_sum=$(sha256sum <"$root/var/lib/kassa-central/ca.pem")
# An integration puts a product that only central knows.
curl --silent --show-error --fail --cacert "$root/var/lib/kassa-central/ca.pem" -H "Authorization: Bearer $token" \
    -X PUT --data-binary '{"sku":"PKG-1","gtins":["6430999999995"],"name":"Pakettitesti kahvi 500 g","brand":"Kassa","price":"4.95","tax_code":"B","unit":"pcs"}' \
    "$central_url/v1/products" >/dev/null

step "The till: init --demo, enroll, sync, sell, sync"
ctl init --demo --store 001 --till 01 --store-name "Pakettitesti"
[[ -f $root/root/.local/share/kassa/kassa.db ]] || fail "the till's database is not in ~/.local/share/kassa"
ctl enroll "$central_url" "$code"
ctl sync
found=$(ctl products search pakettitesti)
expect_contains "the product put at central, on the till" "$found" "6430999999995"
# A till sells only into an open shift: the day's first, with the float counted.
in_root env KASSA_PIN=1234 kassactl shift open --operator 1001 --float "20x5 10x5"
in_root env KASSA_PIN=1234 kassactl sale --operator 1001 --scan 6430999999995 --pay cash:10
ctl sync
status=$(ctl status)
expect_contains "kassactl status" "$status" "events waiting: 0"
expect_contains "kassactl status" "$status" "shift:          open: 1"
sales=$(central_sales)
[[ $(count_sales "$sales") -eq 1 ]] || fail "central should hold the one sale: $sales"
expect_contains "central's sale" "$sales" "PKG-1"
receipt_before=$(ctl receipts --last 1 --format json)

step "Upgrading to $newer_release over it"
stop_central
echo "KASSA_CENTRAL_THREADS=2" >>"$root/etc/kassa-central/kassa-central.conf"
conf_sum=$(sha256sum <"$root/etc/kassa-central/kassa-central.conf")
apt_install newer upgrade
for package in kassa kassa-central; do
    [[ $(in_root dpkg-query -W -f='${Version}' "$package") == "$newer_release" ]] || fail "$package was not upgraded"
done
[[ $(sha256sum <"$root/etc/kassa-central/kassa-central.conf") == "$conf_sum" ]] ||
    fail "the upgrade replaced central's edited settings"
[[ $(sha256sum <"$root/var/lib/kassa-central/ca.pem") == "$ca_sum" ]] || fail "the upgrade replaced central's CA"
start_central_as_unit
check=$(ctl check)
echo "$check"
expect_contains "kassactl check after the upgrade" "$check" "integrity:      ok"
expect_contains "kassactl check after the upgrade" "$check" "receipt chain:  ok"
expect_contains "kassactl check after the upgrade" "$check" "sales:          1"
[[ $(ctl receipts --last 1 --format json) == "$receipt_before" ]] || fail "the till's last receipt changed"
[[ $(count_sales "$(central_sales)") -eq 1 ]] || fail "central lost its sale in the upgrade"
in_root env KASSA_PIN=1234 kassactl sale --operator 1001 --scan 6430999999995 --pay card
ctl sync
[[ $(count_sales "$(central_sales)") -eq 2 ]] || fail "the sale after the upgrade did not reach central"
stop_central

step "Databases an older version wrote (schema 1) are migrated by the installed programs on first start"
# The fixtures are sqlite3 dumps of a till and a central that sold and synced under schema 1.
mkdir -p "$root/root/till-v1" "$root/var/lib/kassa-central-v1"
sqlite3 "$root/root/till-v1/kassa.db" <"$source_dir/tests/core/fixtures/till-v1.sql"
old_check=$(ctl --data-dir /root/till-v1 check)
expect_contains "the schema 1 till, migrated" "$old_check" "$(grep '^schema version' <<<"$check")"
expect_contains "the schema 1 till, migrated" "$old_check" "sales:          3"
expect_contains "the schema 1 till, migrated" "$old_check" "receipt chain:  ok"
expect_contains "the schema 1 till, migrated" "$old_check" "outbox waiting: 1"
sqlite3 "$root/var/lib/kassa-central-v1/central.db" <"$source_dir/tests/sync/fixtures/central-v1.sql"
cp "$root"/var/lib/kassa-central/*.pem "$root/var/lib/kassa-central-v1/"
in_root chown -R kassa-central:kassa-central /var/lib/kassa-central-v1
start_central "exec kassa-central --data-dir /var/lib/kassa-central-v1 serve --listen 127.0.0.1:0"
# The schema 1 central's integration token still reads its two sales.
[[ $(count_sales "$(central_sales kc_b5vT8TL7UPUX5lubJA4P_uYJIySoCWlWFIf9RlVRTkc)") -eq 2 ]] ||
    fail "the schema 1 central's sales are not served after its migration"
stop_central
[[ $(sqlite3 "$root/var/lib/kassa-central-v1/central.db" 'PRAGMA user_version') == \
    $(sqlite3 "$root/var/lib/kassa-central/central.db" 'PRAGMA user_version') ]] || fail "the schema 1 central was not migrated"
rm -rf "$root/var/lib/kassa-central-v1"

step "The installed central moves to PostgreSQL and serves from it"
start_postgres
database=postgresql://postgres@127.0.0.1:$pg_port/kassa
moved=$(as_central kassa-central --data-dir /var/lib/kassa-central migrate --to "$database") ||
    fail "migrate failed: $moved"
expect_contains "kassa-central migrate" "$moved" "sales 2"
echo "KASSA_CENTRAL_POOL=4" >>"$root/etc/kassa-central/kassa-central.conf"
start_central_as_unit
[[ $(count_sales "$(central_sales)") -eq 2 ]] || fail "the migrated central does not serve its sales"
in_root env KASSA_PIN=1234 kassactl sale --operator 1001 --scan 6430999999995 --pay card
synced=$(ctl sync)
expect_contains "kassactl sync after the move" "$synced" "sent 1 events"
[[ $(count_sales "$(central_sales)") -eq 3 ]] || fail "the sale after the move did not reach central"
refused=$(as_central kassa-central --data-dir /var/lib/kassa-central backup /tmp/central.db 2>&1) &&
    fail "backup should point at PostgreSQL's tools"
expect_contains "kassa-central backup on PostgreSQL" "$refused" "pg_dump"
stop_central

step "Removing keeps the data; installing again finds it"
in_root apt-get remove -y -q kassa kassa-central >"$work/remove.log" 2>&1 || fail "apt could not remove: $(tail -20 "$work/remove.log")"
[[ ! -e $root/usr/bin/kassa-central && ! -e $root/usr/bin/kassa ]] || fail "the programs are still there"
[[ -f $root/var/lib/kassa-central/central.db && -f $root/etc/kassa-central/kassa-central.conf ]] ||
    fail "removing deleted central's data or settings"
[[ -f $root/root/.local/share/kassa/kassa.db ]] || fail "removing deleted the till's data"
apt_install newer reinstall
start_central_as_unit
[[ $(count_sales "$(central_sales)") -eq 3 ]] || fail "central's sales are gone after remove and install"
ctl sync
stop_central

step "Purging removes central's data, settings, user and service link"
# What `systemctl enable kassa-central` makes on a running system (no systemd in a chroot).
mkdir -p "$root/etc/systemd/system/multi-user.target.wants"
ln -s /lib/systemd/system/kassa-central.service "$root/etc/systemd/system/multi-user.target.wants/"
in_root apt-get purge -y -q kassa kassa-central >"$work/purge.log" 2>&1 || fail "apt could not purge: $(tail -20 "$work/purge.log")"
[[ ! -e $root/var/lib/kassa-central && ! -e $root/etc/kassa-central ]] || fail "purging left central's data or settings"
[[ ! -L $root/etc/systemd/system/multi-user.target.wants/kassa-central.service ]] ||
    fail "purging left the service's enable link"
! in_root getent passwd kassa-central >/dev/null || fail "purging left the kassa-central user"
# A till's data lives in its users' home folders, which packages never touch.
[[ -f $root/root/.local/share/kassa/kassa.db ]] || fail "purging the till's package deleted a user's data"

remove_root
stop_postgres
step "PASSED: built, lintian-clean, installed, served, enrolled, synced, upgraded, moved to PostgreSQL, removed and purged"
