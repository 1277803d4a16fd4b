#! /usr/bin/env bash
# KDE's translation extraction (scripty runs it with $XGETTEXT and $podir set; the build checks it
# with tests/tools/check-translations.sh). Two catalogs:
# - interview-followups: the core's task texts, plain gettext, shared by the CLI and the agent;
# - akonadi_interview_followups_agent: the agent's own KI18n strings (its TRANSLATION_DOMAIN).
$XGETTEXT --add-comments=TRANSLATORS --keyword=translated:1 --keyword=translatedInContext:1c,2 \
    --keyword=translatedPlural:1,2 --flag=filledIn:1:c-format \
    $(find core/src -name '*.cpp' | sort) -o "$podir/interview-followups.pot"
$XGETTEXT $(find akonadi-agent/src akonadi-agent/config -name '*.cpp' | sort) \
    -o "$podir/akonadi_interview_followups_agent.pot"
# The labels and explanations of the agent's settings, which its configuration dialog shows
# through i18n (kconfig_compiler's SetUserTexts): written as i18n calls, as extractrc does.
perl -ne 'while (/<(label|whatsthis)>(.*?)<\/\1>/g) {
    my $text = $2;
    $text =~ s/&lt;/</g; $text =~ s/&gt;/>/g; $text =~ s/&quot;/"/g; $text =~ s/&amp;/&/g;
    $text =~ s/(["\\])/\\$1/g;
    print "i18n(\"$text\");\n";
}' akonadi-agent/src/settings.kcfg >rc.cpp
$XGETTEXT --join-existing rc.cpp -o "$podir/akonadi_interview_followups_agent.pot"
rm -f rc.cpp
