#!/usr/bin/env bash
# Every catalog in po/<language>/<domain>.po translates every message the sources have today:
# Messages.sh extracts the templates as KDE's scripty does (the same xgettext keywords), each .po
# is merged with its template without guessing (no fuzzy matching) and msgfmt --check must count
# no untranslated and no fuzzy message, with every format string's placeholders kept. A new English
# string fails here, naming the catalog and the message, until it is translated (update a catalog
# with `msgmerge --update po/de/<domain>.po <domain>.pot`).
set -euo pipefail
source_dir=$(cd "${1:?usage: check-translations.sh SOURCE_DIR}" && pwd)
podir=$(mktemp -d)
trap 'rm -rf "$podir"' EXIT

# scripty's XGETTEXT: xgettext with the KI18n keywords.
export XGETTEXT="xgettext --from-code=UTF-8 -C --kde -ci18n -ki18n:1 -ki18nc:1c,2 -ki18np:1,2 \
-ki18ncp:1c,2,3 -kki18n:1 -kki18nc:1c,2 -kki18np:1,2 -kki18ncp:1c,2,3 -kI18N_NOOP:1 -kI18NC_NOOP:1c,2"
export podir
(cd "$source_dir" && bash Messages.sh)

failed=0
shopt -s nullglob
templates=("$podir"/*.pot)
[ ${#templates[@]} -gt 0 ] || { echo "Messages.sh wrote no template" >&2; exit 1; }
for template in "${templates[@]}"; do
    domain=$(basename "$template" .pot)
    catalogs=("$source_dir"/po/*/"$domain".po)
    [ ${#catalogs[@]} -gt 0 ] || { echo "$domain: no catalog in po/" >&2; failed=1; continue; }
    for catalog in "${catalogs[@]}"; do
        language=$(basename "$(dirname "$catalog")")
        merged="$podir/$language-$domain.po"
        msgmerge --quiet --no-fuzzy-matching "$catalog" "$template" -o "$merged"
        if ! statistics=$(msgfmt --check --statistics -o /dev/null "$merged" 2>&1); then
            echo "po/$language/$domain.po: msgfmt --check failed:" >&2
            echo "$statistics" >&2
            failed=1
            continue
        fi
        if grep -Eq 'untranslated|fuzzy' <<<"$statistics"; then
            echo "po/$language/$domain.po is incomplete ($statistics). Messages to translate:" >&2
            { msgattrib --untranslated "$merged"; msgattrib --only-fuzzy "$merged"; } |
                grep -E '^msg(ctxt|id) ' | grep -vx 'msgid ""' >&2 || true
            failed=1
        else
            echo "po/$language/$domain.po: $statistics"
        fi
    done
done
exit $failed
