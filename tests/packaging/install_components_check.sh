#!/usr/bin/env bash
# Installs the build once whole and once per packaged component (CPACK_COMPONENTS_ALL of
# CPackConfig.cmake), and checks that every installed file is in exactly one component (a file in
# none is in no package; a file in two would make the packages conflict), and that the cli and
# agent components hold what their packages are for.
# Usage: install_components_check.sh CMAKE BUILD_DIR WORK_DIR
set -euo pipefail
cmake=$1 build=$2 work=$3
rm -rf "$work" && mkdir -p "$work"
fail() { echo "FAIL: $*" >&2; failed=1; }
failed=0

components=$(sed -n 's/^set(CPACK_COMPONENTS_ALL "\(.*\)")$/\1/p' "$build/CPackConfig.cmake" 2>/dev/null | tr ';' ' ') || true
[[ -n $components ]] || { echo "FAIL: no packaged component (CPACK_COMPONENTS_ALL in $build/CPackConfig.cmake)" >&2; exit 1; }
echo "packaged components: $components"

files_of() { (cd "$work/$1" && find . \( -type f -o -type l \) | sed 's|^\./||' | sort); }
"$cmake" --install "$build" --prefix "$work/all" >/dev/null
files_of all >"$work/all.list"
: >"$work/components.list"
for component in $components; do
    "$cmake" --install "$build" --component "$component" --prefix "$work/$component" >/dev/null
    files_of "$component" | tee "$work/$component.list" >>"$work/components.list"
done
not_packaged=$(sort "$work/components.list" | comm -23 "$work/all.list" -)
[[ -z $not_packaged ]] || fail "installed but in no packaged component (install(... COMPONENT ...)):
$not_packaged"
in_two=$(sort "$work/components.list" | uniq -d)
[[ -z $in_two ]] || fail "installed by more than one component (their packages would conflict):
$in_two"

has() { grep -qx "$2" "$work/$1.list" || fail "component $1 does not install $2"; }
has cli bin/interview-followups
has cli share/man/man1/interview-followups.1
has cli share/bash-completion/completions/interview-followups
has cli share/zsh/site-functions/_interview-followups
has cli share/doc/interview-followups/examples/interviews.ics
"$work/cli/bin/interview-followups" --version >/dev/null || fail "the installed interview-followups does not run"

if [[ " $components " == *" agent "* ]]; then
    desktop=share/akonadi/agents/akonadi_interview_followups_agent.desktop
    has agent "$desktop"
    has agent bin/akonadi_interview_followups_agent
    grep -qE '^share/knotifications[56]/akonadi_interview_followups_agent\.notifyrc$' "$work/agent.list" ||
        fail "component agent does not install the notifyrc under share/knotifications5 or 6"
    # akonadi_control runs Exec= through PATH: the bare name of the installed binary.
    exec=$(sed -n 's/^Exec=//p' "$work/agent/$desktop" 2>/dev/null)
    [[ $exec != */* && -x $work/agent/bin/$exec ]] ||
        fail "$desktop says Exec=$exec, not the name of a binary the agent component installs"
fi
[[ $failed -eq 0 ]] && echo "every installed file is in exactly one packaged component"
exit "$failed"
