# shellcheck shell=bash disable=SC2154 # name, suite, work_dir...: set by the sourcing script
# Debian chroots for CI, shared by .ci/kf6-chroot and .ci/deb-chroot (sourced, not run): prepared
# once with debootstrap and apt, cached as a zstd tarball named after a hash of how they are
# prepared, and restored fresh for every run.
#
# The sourcing script sets, before calling anything here:
#   name            its name, for messages
#   suite           the Debian suite (bookworm, trixie)
#   work_dir        where the chroot lives (absolute, below /)
#   cache_dir       where tarballs and logs are kept (one run at a time per lock file there)
#   flavour         names the tarball: $cache_dir/$suite-$flavour-<hash>.tar.zst
#   prepare_script  run as root in the chroot after debootstrap (apt-get install ...)
#   setup_chroot    optional: a function run on the host after debootstrap, before prepare_script
#   bind_dir        optional: a host directory mounted read-only at $bind_target in the chroot
#   bind_target     where bind_dir appears inside

die() { echo "$name: $*" >&2; exit 1; }

step_started=$SECONDS
step() { echo "--- $name: $* ($((SECONDS - step_started)) s since the last step)"; step_started=$SECONDS; }

check_chroot_host() {
    [[ $EUID -eq 0 ]] || die "needs root (debootstrap, chroot, mount namespaces)"
    local tool
    for tool in debootstrap zstd unshare flock; do command -v "$tool" >/dev/null || die "missing $tool"; done
    [[ $work_dir == /*/* && $work_dir != *..* ]] || die "the work dir must be an absolute path below /"
}

# Runs a command in private mount and PID namespaces (--kill-child: all of it dies with us).
namespace_pid=
in_namespace() {
    unshare --mount --propagation private --pid --kill-child -- "$@" &
    namespace_pid=$!
    local status=0
    wait "$namespace_pid" || status=$?
    namespace_pid=
    return "$status"
}
# Runs a script as root in the chroot, with proc, /dev, a fresh /tmp (also HOME) and bind_dir.
chroot_run() {
    # shellcheck disable=SC2016 # expanded by the inner shell
    in_namespace /bin/bash -euo pipefail -c '
        mount -t proc proc "$1/proc"
        mount --rbind /dev "$1/dev"
        mount -t tmpfs -o mode=1777 tmpfs "$1/tmp"
        if [[ -n $2 ]]; then
            mkdir -p "$1$3" && mount --bind "$2" "$1$3" && mount -o remount,bind,ro "$1$3"
        fi
        exec chroot "$1" /usr/bin/env -i HOME=/tmp LANG=C.UTF-8 TERM=dumb \
            PATH=/usr/sbin:/usr/bin:/sbin:/bin /bin/bash -euo pipefail -c "$4"
    ' "$name" "$work_dir" "${bind_dir:-}" "${bind_target:-}" "$1"
}
# apt and debootstrap print thousands of lines: keep them in a log, show its end on failure.
logged() {
    local log=$1 status=0
    shift
    "$@" >"$log" 2>&1 || { status=$?; tail -n 40 "$log" >&2; echo "$name: whole log in $log" >&2; }
    return "$status"
}
partial=
cleanup_chroot_run() {
    [[ -z $namespace_pid ]] || { kill -KILL "$namespace_pid" || true; wait "$namespace_pid" || true; } 2>/dev/null
    [[ -z $partial ]] || rm -f "$partial"
}
trap cleanup_chroot_run EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# One run at a time per lock file: runs of one script share the work dir and the tarball.
lock_cache() {
    mkdir -p "$cache_dir"
    exec 9>"$cache_dir/$1"
    flock -n 9 || { echo "$name: waiting for another run to finish"; flock 9; }
}

empty_work_dir() {
    # A mount left there (only possible from outside these scripts) would let rm -rf reach the host.
    ! awk -v dir="$work_dir/" 'index($5, dir) == 1' /proc/self/mountinfo | grep -q . ||
        die "something is mounted under $work_dir; unmount it first"
    rm -rf "$work_dir.pristine" "$work_dir" && mkdir -p "$work_dir"
}

# Leaves a chroot no run has used in $work_dir: the one waiting there, the cached tarball restored,
# or (also with "fresh" as $1) a new one, cached. $work_dir.pristine holds the key while unused.
prepare_chroot() {
    local fresh=${1:-} recipe key tarball pristine=$work_dir.pristine
    recipe=$(printf '%s\n' "$suite" "$prepare_script")
    ! declare -F setup_chroot >/dev/null || recipe+=$'\n'$(declare -f setup_chroot)
    key=$(printf '%s\n' "$recipe" | sha256sum | cut -c1-16)
    tarball=$cache_dir/$suite-$flavour-$key.tar.zst
    if [[ $(cat "$pristine" 2>/dev/null) == "$key" && -d $work_dir/usr && -z $fresh ]]; then
        step "a prepared chroot is waiting in $work_dir"
    elif [[ -f $tarball && -z $fresh ]]; then
        empty_work_dir
        zstd -q -d -c "$tarball" | tar -x -p --numeric-owner -C "$work_dir"
        echo "$key" >"$pristine"
        step "restored the chroot from $tarball"
    else
        local mirror=${FOLLOWUPS_DEBIAN_MIRROR:-}
        host_mirror() { apt-cache policy | awk -v s="$(. /etc/os-release && echo "$VERSION_CODENAME")/main" '$3 == s { print $2; exit }'; }
        [[ -n $mirror ]] || mirror=$(host_mirror)
        [[ -n $mirror ]] || { apt-get update -q >/dev/null && mirror=$(host_mirror); }
        [[ -n $mirror ]] || die "no Debian mirror in apt's sources; set FOLLOWUPS_DEBIAN_MIRROR"
        empty_work_dir
        # bookworm's debian-archive-keyring already holds trixie's keys.
        logged "$cache_dir/$suite-$flavour-debootstrap.log" in_namespace debootstrap --variant=minbase "$suite" "$work_dir" "$mirror"
        step "debootstrap of $suite from $mirror"
        # No service may start inside (dbus and akonadi's postinst try); names resolve as on the host.
        printf '#!/bin/sh\nexit 101\n' >"$work_dir/usr/sbin/policy-rc.d" && chmod 755 "$work_dir/usr/sbin/policy-rc.d"
        cp /etc/resolv.conf "$work_dir/etc/resolv.conf"
        ! declare -F setup_chroot >/dev/null || setup_chroot
        logged "$cache_dir/$suite-$flavour-packages.log" chroot_run "$prepare_script"
        step "prepared the chroot's packages"
        partial=$tarball.partial.$$
        tar -c --numeric-owner --one-file-system -C "$work_dir" . | zstd -q -T0 -3 -o "$partial"
        mv "$partial" "$tarball" && partial=
        # Tarballs of older preparations are never used again.
        find "$cache_dir" -maxdepth 1 -name "$suite-$flavour-*.tar.zst" ! -name "${tarball##*/}" -delete
        echo "$key" >"$pristine"
        step "cached the chroot as $tarball ($(du -h "$tarball" | cut -f1))"
    fi
}
