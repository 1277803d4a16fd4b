// The agent in the user's language (coretexts.cpp, KI18n): the tasks a pass writes carry the core's
// texts from its catalog, the notifications the agent's own, both in the session's language
// (LANGUAGE=de with C.UTF-8 as the messages locale here, where glibc >= 2.39 ignores LANGUAGE
// unless the agent takes another locale; the build tree's catalogs and test locale: see
// CMakeLists.txt); a language change rewrites the agent's unedited tasks in place.
#include "coretexts.h"

#include "creationnotifier.h"
#include "incidenceconverter.h"
#include "reconcilepass.h"
#include "testtimes.h"

#include <KCalendarCore/Todo>
#include <QTest>
#include <clocale>
#include <followups/messages_locale.h>
#include <followups/planner.h>
#include <libintl.h>

namespace
{

followups::Policy myPolicy()
{
    followups::Policy policy = followups::defaultPolicy(berlinZone);
    policy.myAddresses = {"me@example.org"};
    return policy;
}

// An interview on 5 November 2026, 14:00–15:00 Berlin, with one interviewer.
KCalendarCore::Event interview()
{
    KCalendarCore::Event event;
    event.setUid(QStringLiteral("uid-de"));
    event.setSummary(QStringLiteral("Interview: Acme – Engineer"));
    event.setDtStart(QDateTime(QDate(2026, 11, 5), QTime(14, 0), berlin()));
    event.setDtEnd(QDateTime(QDate(2026, 11, 5), QTime(15, 0), berlin()));
    event.addAttendee(
        KCalendarCore::Attendee(QStringLiteral("Jane Doe"), QStringLiteral("jane@acme.example")));
    return event;
}

followups::Instant noonBefore()
{
    return instantOf(QDateTime(QDate(2026, 11, 2), QTime(12, 0), berlin()));
}

// The pass over the interview when nothing is stored yet.
ReconcilePass::Result firstPass(FollowupsState& state)
{
    static const std::vector<followups::ExistingTask> none;
    ReconcilePass::Input input;
    input.events = {IncidenceConverter::toCalendarEvent(interview(), {}, berlinZone)};
    input.existing = &none;
    return ReconcilePass::run(input, myPolicy(), noonBefore(), state);
}

// The to-dos as the agent stores them after the pass's writes.
std::vector<KCalendarCore::Todo> todosOf(const ReconcilePass::Result& result)
{
    std::vector<KCalendarCore::Todo> todos;
    for (const auto& write : result.writes) {
        KCalendarCore::Todo todo;
        IncidenceConverter::applyTask(todo, write.task, write.issued, berlinZone);
        todos.push_back(todo);
    }
    return todos;
}

// gettext keeps what it found until the catalogs change; textdomain() counts as a change.
void useLanguage(const char* language)
{
    qputenv("LANGUAGE", language);
    textdomain(textdomain(nullptr));
}

} // namespace

class CoreTextsTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { CoreTexts::bind(FOLLOWUPS_BUILD_LOCALEDIR); }

    void shouldReadTheMessagesInALocaleWhereTheCLibraryReadsLanguage()
    {
        const char* locale = std::setlocale(LC_MESSAGES, nullptr);
        QVERIFY2(followups::languageIsReadIn(locale, followups::runningLibcVersion()), locale);
        // Only the messages: the rest of the session's locale is left as it is.
        QCOMPARE(std::setlocale(LC_CTYPE, nullptr), "C.UTF-8");
    }

    void shouldWriteTheTasksInTheLocalesLanguage()
    {
        useLanguage("de");
        FollowupsState state;
        const auto result = firstPass(state);
        QStringList summaries;
        for (const auto& todo : todosOf(result)) {
            summaries.append(todo.summary());
        }
        QVERIFY2(summaries.contains(
                     QStringLiteral("Dankesnachricht an Jane Doe senden (Acme – Engineer)")),
                 qPrintable(summaries.join(QLatin1Char('\n'))));
        QVERIFY(summaries.contains(
            QStringLiteral("Notizen zum Vorstellungsgespräch festhalten (Acme – Engineer)")));
        const auto todos = todosOf(result);
        QVERIFY(todos.front().description().contains(QStringLiteral("Wann: Do., 5. Nov. 2026, "
                                                                    "14:00–15:00 CET")));
        // What the agent reads back stays as it is.
        QCOMPARE(todos.front().categories(), QStringList({QStringLiteral("Job search"),
                                                          QStringLiteral("Interview follow-up")}));
    }

    void shouldRewriteItsTasksWhenTheLanguageChanges()
    {
        useLanguage("en");
        FollowupsState state;
        const auto english = firstPass(state);
        QVERIFY(!english.writes.empty());
        for (const auto& write : english.writes) {
            state.addIssued(write.task.interview, {write.task.uid});
        }
        std::vector<followups::ExistingTask> stored;
        for (const auto& todo : todosOf(english)) {
            stored.push_back(*IncidenceConverter::toExistingTask(todo));
        }

        useLanguage("de");
        ReconcilePass::Input second;
        second.events = {IncidenceConverter::toCalendarEvent(interview(), {}, berlinZone)};
        second.existing = &stored;
        const auto german = ReconcilePass::run(second, myPolicy(), noonBefore(), state);
        QCOMPARE(german.writes.size(), stored.size());
        QCOMPARE(german.keptUserChanges, std::size_t{0});
        for (const auto& write : german.writes) {
            QCOMPARE(write.action, followups::ReconcileAction::Update);
            QVERIFY(write.existing != nullptr);
            QCOMPARE(write.task.uid, write.existing->task.uid);
        }
    }

    void shouldNotifyInTheLocalesLanguage()
    {
        ReconcileJob::Summary summary;
        summary.created = 3;
        summary.createdFor[{"uid-1", ""}] = "Interview: Acme – Engineer";
        summary.createdByKind[followups::TaskKind::Debrief] = 1;
        summary.createdByKind[followups::TaskKind::ThankYou] = 2;
        // KI18n reads the language once, from the test's environment.
        useLanguage("de");
        QCOMPARE(CreationNotifier::text(summary),
                 QStringLiteral("3 Folgeaufgaben für Interview: Acme – Engineer angelegt: "
                                "Nachbereitung, Dankesnachricht (2)."));
    }
};

QTEST_GUILESS_MAIN(CoreTextsTest)
#include "coretextstest.moc"
