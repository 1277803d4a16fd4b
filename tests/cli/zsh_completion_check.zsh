#!/usr/bin/env zsh
# The committed zsh completion, tried in a real interactive zsh (compinit, a pseudo-terminal from
# zsh/zpty): what typing TAB after each line offers. Usage: zsh -f zsh_completion_check.zsh DIR,
# DIR holding _interview-followups. Each case waits up to 20 s for its answer, so a slow machine
# does not fail it; a wrong answer never comes and fails.
zmodload zsh/zpty
zmodload zsh/datetime
setopt extendedglob

typeset -i failures=0

# check LINE PATTERN: after LINE and a TAB, the screen must show PATTERN.
check() {
    local line=$1 pattern=$2 all='' chunk
    zpty shell 'zsh -f -i'
    zpty -w shell "fpath=($completions \$fpath); autoload -U compinit; compinit -u -D; setopt nobeep"
    zpty -w shell 'interview-followups() { :; }'
    zpty -w -n shell "$line"$'\t'
    local -F deadline=$(( EPOCHREALTIME + 20 ))
    while (( EPOCHREALTIME < deadline )); do
        while zpty -r -t shell chunk; do all+=$chunk; done
        # Without the terminal's colour and cursor sequences and carriage returns.
        local screen=${${all//$'\e'\[[0-9;?]#[a-zA-Z]/}//$'\r'/}
        if [[ $screen == *${~pattern}* ]]; then
            zpty -d shell
            return
        fi
        sleep 0.1
    done
    zpty -d shell
    print -u2 "after '$line' TAB: expected $pattern"
    failures+=1
}

completions=${1:A}
check 'interview-followups ' 'interview*--*plan*--*rules*--'
check 'interview-followups --format ' 'ics*json*table'
check 'interview-followups plan --dis' 'plan --disable='
check 'interview-followups interview --out' '--outcome*--output'
# An offset's value follows its name without a space.
check 'interview-followups --offset follow_up_c' '--offset follow_up_count=[^ ]#'
check 'interview-followups --as ' 'events*todos'
exit $(( failures > 0 ))
