// Settings → Policy in one place: the kcfg defaults are the core's defaults, and every setting
// reaches the policy.
#include "policyfromsettings.h"

#include "settings.h"

#include <KHolidays/HolidayRegion>
#include <QTemporaryDir>
#include <QTest>

using namespace std::chrono;

namespace
{
followups::Instant november2026()
{
    return followups::Instant{sys_days{year{2026} / 11 / 1}};
}
} // namespace

class PolicyFromSettingsTest : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir dir_;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(dir_.isValid());
        Settings::instance(KSharedConfig::openConfig(dir_.filePath(QStringLiteral("agentrc")),
                                                     KConfig::SimpleConfig));
    }

    void shouldHaveTheCoreDefaults()
    {
        Settings::self()->setDefaults();
        Settings::self()->setTimeZone(QStringLiteral("Europe/Berlin"));
        const followups::Policy policy =
            PolicyFromSettings::policy(*Settings::self(), november2026());
        const followups::Policy expected =
            followups::defaultPolicy(*followups::Zone::fromId("Europe/Berlin"));
        QCOMPARE(policy.userZone.id(), std::string("Europe/Berlin"));
        QCOMPARE(policy.offsets.debriefDue.value, expected.offsets.debriefDue.value);
        QCOMPARE(policy.offsets.thankYouDue.value, expected.offsets.thankYouDue.value);
        QCOMPARE(policy.offsets.thankYouAlarmBeforeDue.value,
                 expected.offsets.thankYouAlarmBeforeDue.value);
        QCOMPARE(policy.offsets.followUpWithoutDecision.value,
                 expected.offsets.followUpWithoutDecision.value);
        QCOMPARE(policy.offsets.followUpRepeat.value, expected.offsets.followUpRepeat.value);
        QCOMPARE(policy.offsets.followUpCount, expected.offsets.followUpCount);
        QCOMPARE(policy.offsets.feedbackAfterOutcome.value,
                 expected.offsets.feedbackAfterOutcome.value);
        QVERIFY(policy.morning == expected.morning);
        QVERIFY(policy.workdayEnd == expected.workdayEnd);
        QCOMPARE(policy.window.past.value, expected.window.past.value);
        QCOMPARE(policy.window.future.value, expected.window.future.value);
        QCOMPARE(policy.perInterviewLimit, expected.perInterviewLimit);
        QCOMPARE(policy.seriesLimit, expected.seriesLimit);
        QCOMPARE(policy.taskLimit, expected.taskLimit);
        QVERIFY(policy.keywords.interview == expected.keywords.interview);
        QVERIFY(policy.keywords.exclusion == expected.keywords.exclusion);
        for (auto kind : followups::allTaskKinds) {
            QVERIFY(policy.rules.enabled(kind));
        }
        QCOMPARE(Settings::self()->targetCollection(), qlonglong(-1));
        QVERIFY(Settings::self()->watchedCollections().isEmpty());
        QVERIFY(Settings::self()->notifyCreated());
    }

    void shouldMapEverySetting()
    {
        Settings::self()->setDefaults();
        Settings::self()->setTimeZone(QStringLiteral("America/New_York"));
        Settings::self()->setMyAddresses({QStringLiteral("me@example.org"), QStringLiteral(" ")});
        Settings::self()->setStandingReferences(
            {QStringLiteral("Rita Ref <rita@example.org>"), QStringLiteral("sam@example.org")});
        Settings::self()->setInterviewKeywords({QStringLiteral("Gespräch")});
        Settings::self()->setFollowUpEnabled(false);
        Settings::self()->setFollowUpCount(3);
        Settings::self()->setThankYouDueHours(12);
        Settings::self()->setMorningMinutes(8 * 60 + 30);
        Settings::self()->setPastDays(7);
        Settings::self()->setPerInterviewLimit(5);
        Settings::self()->setSeriesLimit(3);
        Settings::self()->setTaskLimit(500);
        Settings::self()->setHolidayRegion(QStringLiteral("none"));
        const followups::Policy policy =
            PolicyFromSettings::policy(*Settings::self(), november2026());
        QCOMPARE(policy.userZone.id(), std::string("America/New_York"));
        QCOMPARE(policy.myAddresses, std::vector<std::string>{"me@example.org"});
        QCOMPARE(policy.standingReferences.size(), std::size_t(2));
        QCOMPARE(policy.standingReferences[0].name, std::string("Rita Ref"));
        QCOMPARE(policy.standingReferences[0].email, std::string("rita@example.org"));
        QCOMPARE(policy.standingReferences[1].email, std::string("sam@example.org"));
        QCOMPARE(policy.keywords.interview, std::vector<std::string>{"Gespräch"});
        QVERIFY(!policy.rules.enabled(followups::TaskKind::FollowUp));
        QVERIFY(policy.rules.enabled(followups::TaskKind::ThankYou));
        QCOMPARE(policy.offsets.followUpCount, 3);
        QCOMPARE(policy.offsets.thankYouDue.value, 12);
        QVERIFY(policy.morning == followups::TimeOfDay{8 * 60 + 30});
        QCOMPARE(policy.window.past.value, 7);
        QCOMPARE(policy.perInterviewLimit, 5);
        QCOMPARE(policy.seriesLimit, 3);
        QCOMPARE(policy.taskLimit, 500);
        QVERIFY(policy.businessCalendar.holidays().empty());
    }

    // Issue 14: the KMail identities are "me" by default; the settings add to them.
    void shouldTakeTheIdentitiesAndTheConfiguredAddressesAsMe()
    {
        Settings::self()->setDefaults();
        Settings::self()->setMyAddresses(
            {QStringLiteral("morgan@home.example"), QStringLiteral("old@example.org")});
        const KMailIdentities::Me identities{{"morgan@work.example", "morgan@home.example"},
                                             {"Morgan Example"}};
        const followups::Policy policy =
            PolicyFromSettings::policy(*Settings::self(), november2026(), identities);
        QCOMPARE(policy.myAddresses,
                 (std::vector<std::string>{"morgan@work.example", "morgan@home.example",
                                           "old@example.org"}));
        QCOMPARE(policy.myNames, std::vector<std::string>{"Morgan Example"});
    }

    void shouldTakeTheRegionsNonWorkingDaysAsHolidays()
    {
        const QString region = QStringLiteral("de-by_de");
        if (!KHolidays::HolidayRegion::isValid(region)) {
            QSKIP("KHolidays has no Bavarian region here");
        }
        Settings::self()->setDefaults();
        Settings::self()->setHolidayRegion(region);
        const followups::Policy policy =
            PolicyFromSettings::policy(*Settings::self(), november2026());
        // Christmas Day 2026 (a Friday) is a public holiday; 2 November 2026 is an ordinary Monday.
        QVERIFY(policy.businessCalendar.holidays().contains(followups::Date{year{2026} / 12 / 25}));
        QVERIFY(!policy.businessCalendar.holidays().contains(followups::Date{year{2026} / 11 / 2}));
    }

    // As the CLI: no region set means the country of the locale dates are shown in.
    void shouldDefaultToTheRegionOfTheLocale()
    {
        Settings::self()->setDefaults();
        Settings::self()->setHolidayRegion(QString());
        qunsetenv("LC_ALL");
        qunsetenv("LC_TIME");
        const followups::Date christmas{year{2026} / 12 / 25};
        qputenv("LANG", "de_DE.UTF-8");
        QVERIFY(PolicyFromSettings::policy(*Settings::self(), november2026())
                    .businessCalendar.holidays()
                    .contains(christmas));
        qputenv("LANG", "C.UTF-8");
        QVERIFY(PolicyFromSettings::policy(*Settings::self(), november2026())
                    .businessCalendar.holidays()
                    .empty());
    }
};

QTEST_GUILESS_MAIN(PolicyFromSettingsTest)

#include "policyfromsettingstest.moc"
