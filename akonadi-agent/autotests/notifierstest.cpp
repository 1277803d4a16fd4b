// The agent's notification texts and actions, and that a broken task collection is reported once
// per outage.
#include "creationnotifier.h"
#include "limitnotice.h"
#include "notification.h"
#include "writeproblem.h"

#include <KSharedConfig>
#include <QTemporaryDir>
#include <QTest>

class NotifiersTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void shouldSumUpOneInterviewsTasks()
    {
        ReconcileJob::Summary summary;
        summary.created = 5;
        summary.createdFor[{"uid-1", ""}] = "Interview: Acme – Engineer";
        summary.createdByKind[followups::TaskKind::Debrief] = 1;
        summary.createdByKind[followups::TaskKind::ThankYou] = 2;
        summary.createdByKind[followups::TaskKind::FollowUp] = 2;
        QCOMPARE(CreationNotifier::text(summary),
                 QStringLiteral("Created 5 follow-up tasks for Interview: Acme – Engineer: "
                                "debrief, 2 thank-you, 2 follow-up."));
    }

    void shouldSayTaskForASingleOneAndNameEveryInterview()
    {
        ReconcileJob::Summary summary;
        summary.created = 1;
        summary.createdFor[{"uid-1", ""}] = "Interview: Acme – Engineer";
        summary.createdByKind[followups::TaskKind::Feedback] = 1;
        QCOMPARE(
            CreationNotifier::text(summary),
            QStringLiteral("Created 1 follow-up task for Interview: Acme – Engineer: feedback."));

        // Interviews in key order; one without a SUMMARY is named by its UID; names are plain
        // text here (escaped for markup when sent).
        summary.created = 2;
        summary.createdFor[{"uid-0", ""}] = "";
        summary.createdFor[{"uid-2", ""}] = "Interview: Smith & <b>Wesson</b>";
        summary.createdByKind[followups::TaskKind::Debrief] = 1;
        QCOMPARE(CreationNotifier::text(summary),
                 QStringLiteral("Created 2 follow-up tasks for uid-0; Interview: Acme – Engineer; "
                                "Interview: Smith & <b>Wesson</b>: debrief, feedback."));
    }

    // Tasks for several occurrences of one series: the invite is named once.
    void shouldNameASeriesOnce()
    {
        ReconcileJob::Summary summary;
        summary.created = 3;
        summary.createdFor[{"hourly", "20261102T090000Z"}] = "Interview: Initech – Every Hour";
        summary.createdFor[{"hourly", "20261102T100000Z"}] = "Interview: Initech – Every Hour";
        summary.createdFor[{"other", ""}] = "Interview: Initech – Every Hour";
        summary.createdByKind[followups::TaskKind::Debrief] = 3;
        QCOMPARE(CreationNotifier::text(summary),
                 QStringLiteral("Created 3 follow-up tasks for Interview: Initech – Every Hour; "
                                "Interview: Initech – Every Hour: 3 debrief."));
    }

    // An hourly "interview" series is cut at the limit every pass: the user hears of it once.
    void shouldReportWhatALimitLeftOutOncePerInvite()
    {
        const followups::Warning series{
            {"akonadi:?item=7", 0},
            "the recurring interview \"Interview with Initech\" has more than 10 occurrences in "
            "the planning window: only the first 10 are planned (the limit per series)"};
        LimitNotice notice;
        QVERIFY(notice.report(series));
        QVERIFY(!notice.report(series));
        auto other = series;
        other.message = "12000 tasks planned, more than 10000 in one run: …";
        QVERIFY(notice.report(other));
        QCOMPARE(LimitNotice::text(series),
                 QStringLiteral("Some follow-up tasks were left out: the recurring interview "
                                "\"Interview with Initech\" has more than 10 occurrences in the "
                                "planning window: only the first 10 are planned (the limit per "
                                "series)."));
    }

    // Issue 14: kinds are named as people read them, not by their internal ids.
    void shouldNameKindsAsPeopleReadThem()
    {
        ReconcileJob::Summary summary;
        summary.created = 4;
        summary.createdFor[{"uid-1", ""}] = "Interview: Acme – Engineer";
        summary.createdByKind[followups::TaskKind::ReferenceHeadsUp] = 2;
        summary.createdByKind[followups::TaskKind::ReferenceThankYou] = 1;
        summary.createdByKind[followups::TaskKind::WithdrawNotice] = 1;
        QCOMPARE(CreationNotifier::text(summary),
                 QStringLiteral("Created 4 follow-up tasks for Interview: Acme – Engineer: "
                                "2 reference heads-up, reference thank-you, withdrawal notice."));
    }

    // Issue 14: "Show tasks" opens KOrganizer's to-do view, offered only where KOrganizer is;
    // "Configure…" always.
    void shouldOfferShowTasksOnlyWhereKOrganizerCanShowThem()
    {
        using Notification::Action;
        QCOMPARE(Notification::offeredActions(true),
                 (std::vector<Action>{Action::ShowTasks, Action::Configure}));
        QCOMPARE(Notification::offeredActions(false), std::vector<Action>{Action::Configure});
        QCOMPARE(Notification::label(Action::ShowTasks), QStringLiteral("Show tasks"));
        QCOMPARE(Notification::label(Action::Configure), QStringLiteral("Configure…"));
    }

    void shouldReportABrokenCollectionOncePerOutage()
    {
        WriteProblem problem;
        const auto readOnly = WriteProblem::text(QStringLiteral("“Tasks” is read-only"));
        QVERIFY(!problem.ongoing());
        QVERIFY(problem.report(WriteProblem::Cause::TaskList, readOnly));
        QVERIFY(!problem.report(WriteProblem::Cause::TaskList, readOnly));
        QVERIFY(!problem.report(WriteProblem::Cause::Writes, QStringLiteral("something else")));
        QVERIFY(problem.ongoing());
        problem.resolved();
        QVERIFY(problem.report(WriteProblem::Cause::TaskList,
                               WriteProblem::text(QStringLiteral("the collection 4 is gone"))));
        QCOMPARE(readOnly,
                 QStringLiteral("Follow-up tasks can't be written to the task collection (“Tasks” "
                                "is read-only). They will be written as soon as it takes them "
                                "again."));
    }

    // A usable task list ends an outage for the lack of one, not one of refused writes.
    void shouldEndAnOutageByItsCause()
    {
        WriteProblem problem;
        QVERIFY(problem.report(WriteProblem::Cause::Writes, QStringLiteral("refused")));
        problem.taskListUsable();
        QVERIFY(problem.ongoing());
        problem.resolved();
        QVERIFY(problem.report(WriteProblem::Cause::TaskList, WriteProblem::noTaskListText()));
        problem.taskListUsable();
        QVERIFY(!problem.ongoing());
    }

    // Issue 14, item 8: a task list whose resource says it is broken (its words quoted), and the
    // end of that outage, told once each; neither a catch-up that finds the list nor writes that
    // went into Akonadi end it.
    void shouldTellWhenTheTaskListsResourceWorksAgain()
    {
        WriteProblem problem;
        const QString broken = WriteProblem::resourceBrokenText(
            QStringLiteral("tasks.ics"), QStringLiteral("No file specified."));
        QCOMPARE(broken, QStringLiteral("Follow-up tasks are held back: the task list “tasks.ics” "
                                        "can't store them now (its resource reports: No file "
                                        "specified.). They will be written once it works again."));
        const QString works = WriteProblem::resourceWorksText(QStringLiteral("tasks.ics"));
        QCOMPARE(works, QStringLiteral("The task list “tasks.ics” works again: the follow-up tasks "
                                       "held back are written now."));
        QVERIFY(!problem.end(WriteProblem::Cause::Resource, works)); // none to end
        QVERIFY(problem.report(WriteProblem::Cause::Resource, broken));
        QVERIFY(!problem.report(WriteProblem::Cause::Resource, broken));
        problem.taskListUsable();
        problem.resolved(); // a pass's writes went into Akonadi, not into the list's file
        QVERIFY(problem.ongoing());
        QVERIFY(!problem.end(WriteProblem::Cause::Writes, works)); // not its cause
        QVERIFY(problem.end(WriteProblem::Cause::Resource, works));
        QVERIFY(!problem.ongoing());
        QVERIFY(!problem.end(WriteProblem::Cause::Resource, works)); // told once
    }

    // Issue 14: the user is told once, not at every start or login: whether they were told is
    // in the state file until a task list works.
    void shouldTellOnceAcrossRestarts()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const auto notices = [&] {
            return KSharedConfig::openConfig(dir.filePath(QStringLiteral("staterc")),
                                             KConfig::SimpleConfig)
                ->group(QStringLiteral("Notices"));
        };
        QVERIFY(WriteProblem(notices()).report(WriteProblem::Cause::TaskList,
                                               WriteProblem::noTaskListText()));
        {
            WriteProblem afterRestart(notices());
            QVERIFY(afterRestart.ongoing());
            QVERIFY(!afterRestart.report(WriteProblem::Cause::TaskList,
                                         WriteProblem::noTaskListText()));
            afterRestart.taskListUsable();
        }
        WriteProblem afterAnother(notices());
        QVERIFY(!afterAnother.ongoing());
        QVERIFY(afterAnother.report(WriteProblem::Cause::TaskList, WriteProblem::noTaskListText()));
        QCOMPARE(WriteProblem::noTaskListText(),
                 QStringLiteral("Follow-up tasks have no task list: none is chosen, and none could "
                                "be found or made. Choose one with “Configure…”."));
    }
};

QTEST_GUILESS_MAIN(NotifiersTest)

#include "notifierstest.moc"
