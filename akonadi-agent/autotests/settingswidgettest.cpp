// The configuration dialog's widget (issue 14), driven as a user drives it: a settings file is
// loaded into the widgets, changed, saved, and the file then holds the change. No Akonadi server:
// the collections to choose from are given as a fetch would give them. Also leaves screenshots of
// every page in the build tree (FOLLOWUPS_SCREENSHOT_DIR), taken under Xvfb where it is installed.
// "New task list…" needs the server: that test runs again under akonaditest (akonadi-sqlite-
// settingswidgettest) and is skipped elsewhere.
#include "settingswidget.h"

#include "dialogsettings.h"
#include "messages_language.h"

#include <Akonadi/AgentManager>
#include <KCalendarCore/Event>
#include <KCalendarCore/Todo>
#include <KConfigGroup>
#include <KHolidays/HolidayRegion>
#include <KLocalizedString>
#include <KSharedConfig>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QInputDialog>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>
#include <akonadi/qtest_akonadi.h>

using Akonadi::Collection;

namespace
{
const QString bavaria = QStringLiteral("de-by_de");

Collection collection(Collection::Id id, Collection::Id parent, const QString& name,
                      const QStringList& mimeTypes, Collection::Rights rights)
{
    Collection result(id);
    result.setName(name);
    result.setParentCollection(parent < 0 ? Collection::root() : Collection(parent));
    result.setContentMimeTypes(mimeTypes);
    result.setRights(rights);
    return result;
}

// A local calendar file and a DAV account, as a recursive fetch lists them (parents first).
Collection::List collections()
{
    const QString event = KCalendarCore::Event::eventMimeType();
    const QString todo = KCalendarCore::Todo::todoMimeType();
    const QString folder = Collection::mimeType();
    return {
        collection(1, -1, QStringLiteral("Personal Calendar"), {folder}, Collection::ReadOnly),
        collection(3, 1, QStringLiteral("Interviews"), {event, todo}, Collection::AllRights),
        collection(5, 1, QStringLiteral("Tasks"), {todo}, Collection::AllRights),
        collection(7, -1, QStringLiteral("DAV account"), {folder}, Collection::ReadOnly),
        collection(8, 7, QStringLiteral("Work"), {event}, Collection::AllRights),
        collection(9, 7, QStringLiteral("Shared to-dos"), {todo}, Collection::ReadOnly),
    };
}

KMailIdentities::Me identities()
{
    return {{"morgan@private.example", "m.lee@work.example"}, {"Morgan Lee"}};
}

// Clicks "New task list…" and answers its question with `name`, as a user does.
void clickNewTaskList(QWidget& widget, const QString& name)
{
    QTimer::singleShot(0, &widget, [&widget, name] {
        auto* asked = widget.findChild<QInputDialog*>();
        QVERIFY(asked);
        QCOMPARE(asked->textValue(), QStringLiteral("Interview follow-ups")); // the default
        asked->setTextValue(name);
        asked->accept();
    });
    widget.findChild<QPushButton*>(QStringLiteral("newTaskList"))->click();
}

QStandardItem* calendarItem(const QStandardItemModel& model, qint64 id)
{
    const QModelIndexList found = model.match(model.index(0, 0), Qt::UserRole + 1, id, 1,
                                              Qt::MatchRecursive | Qt::MatchExactly);
    return found.isEmpty() ? nullptr : model.itemFromIndex(found.first());
}
} // namespace

class SettingsWidgetTest : public QObject
{
    Q_OBJECT

    QTemporaryDir dir_;
    KSharedConfig::Ptr file_; // what the agent (or a user) wrote before the dialog opens

    // The file of this test function, as it is on disk now.
    KSharedConfig::Ptr freshFile()
    {
        auto file = KSharedConfig::openConfig(
            dir_.filePath(QString::fromLatin1(QTest::currentTestFunction()) + QStringLiteral("rc")),
            KConfig::SimpleConfig);
        file->reparseConfiguration();
        return file;
    }

    template <typename T> static T* child(const QWidget& widget, const QString& name)
    {
        T* found = widget.findChild<T*>(name);
        if (!found) {
            qWarning() << "no" << name;
        }
        return found;
    }

    static QStandardItemModel& calendars(const QWidget& widget)
    {
        return *qobject_cast<QStandardItemModel*>(
            child<QTreeView>(widget, QStringLiteral("watchedCalendars"))->model());
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(dir_.isValid());
        file_ = freshFile();
        KConfigGroup collections(file_, QStringLiteral("Collections"));
        collections.writeEntry("TargetCollection", 5);
        collections.writeEntry("WatchedCollections", QList<int>{3});
        KConfigGroup(file_, QStringLiteral("Rules")).writeEntry("DebriefEnabled", false);
        KConfigGroup(file_, QStringLiteral("Offsets")).writeEntry("ThankYouDueHours", 30);
        KConfigGroup identity(file_, QStringLiteral("Identity"));
        identity.writeEntry("MyAddresses", QStringList{QStringLiteral("me@example.org")});
        identity.writeEntry("StandingReferences",
                            QStringList{QStringLiteral("Dana Fox <dana@ref.example>")});
        KConfigGroup(file_, QStringLiteral("Calendar")).writeEntry("HolidayRegion", bavaria);
        // A setting the dialog does not show: saving must keep it.
        KConfigGroup(file_, QStringLiteral("Limits")).writeEntry("SeriesLimit", 7);
        QVERIFY(file_->sync());
    }

    void shouldShowTheSettingsItLoads()
    {
        QVERIFY(KHolidays::HolidayRegion::isValid(bavaria));
        DialogSettings settings(file_);
        SettingsWidget widget(settings, identities());
        widget.setCollections(collections());
        widget.load();

        QVERIFY(child<QCheckBox>(widget, QStringLiteral("kcfg_Enabled"))->isChecked());
        auto* taskList = child<QComboBox>(widget, QStringLiteral("taskList"));
        QCOMPARE(taskList->currentData().toLongLong(), 5);
        QCOMPARE(taskList->currentText(), QStringLiteral("Personal Calendar / Tasks"));
        // Automatic, then the lists that take new to-dos: not the read-only one.
        QCOMPARE(taskList->count(), 3);
        QCOMPARE(taskList->itemData(0).toLongLong(), SettingsWidget::automaticTaskList);
        QCOMPARE(taskList->itemText(1), QStringLiteral("Personal Calendar / Interviews"));
        QCOMPARE(taskList->findData(9), -1);

        const QStandardItemModel& tree = calendars(widget);
        QCOMPARE(calendarItem(tree, 3)->checkState(), Qt::Checked);
        QCOMPARE(calendarItem(tree, 8)->checkState(), Qt::Unchecked);
        QVERIFY(!calendarItem(tree, 5)); // a task list holds no interviews
        QVERIFY(!calendarItem(tree, 9));
        QVERIFY(!calendarItem(tree, 7)->isCheckable()); // the account, around its calendar

        QVERIFY(!child<QCheckBox>(widget, QStringLiteral("kcfg_DebriefEnabled"))->isChecked());
        QVERIFY(!child<QSpinBox>(widget, QStringLiteral("kcfg_DebriefDueHours"))->isEnabled());
        QVERIFY(child<QCheckBox>(widget, QStringLiteral("kcfg_ThankYouEnabled"))->isChecked());
        QCOMPARE(child<QSpinBox>(widget, QStringLiteral("kcfg_ThankYouDueHours"))->value(), 30);
        QCOMPARE(child<QSpinBox>(widget, QStringLiteral("kcfg_PastDays"))->value(), 30);
        QCOMPARE(
            child<QComboBox>(widget, QStringLiteral("holidayRegion"))->currentData().toString(),
            bavaria);
        QCOMPARE(child<QPlainTextEdit>(widget, QStringLiteral("myAddresses"))->toPlainText(),
                 QStringLiteral("me@example.org"));
        QCOMPARE(child<QPlainTextEdit>(widget, QStringLiteral("standingReferences"))->toPlainText(),
                 QStringLiteral("Dana Fox <dana@ref.example>"));
        const QString shown =
            child<QWidget>(widget, QStringLiteral("identities"))->property("text").toString();
        QVERIFY(shown.contains(QLatin1String("morgan@private.example")));
        QVERIFY(shown.contains(QLatin1String("m.lee@work.example")));
    }

    // Every rule of the kcfg has its switch, every offset its number: the dialog is made from the
    // kcfg, so a rule added there cannot be forgotten here.
    void shouldOfferEveryRuleAndOffsetOfTheKcfg()
    {
        DialogSettings settings(file_);
        SettingsWidget widget(settings, identities());
        const auto items = settings.items();
        int rules = 0;
        int offsets = 0;
        for (const KConfigSkeletonItem* item : items) {
            const QString name = QStringLiteral("kcfg_") + item->name();
            if (item->group() == QLatin1String("Rules")) {
                QVERIFY2(widget.findChild<QCheckBox*>(name), qPrintable(name));
                ++rules;
            } else if (item->group() == QLatin1String("Offsets")) {
                QVERIFY2(widget.findChild<QSpinBox*>(name), qPrintable(name));
                ++offsets;
            }
        }
        QCOMPARE(rules, 8);
        QCOMPARE(offsets, 17);
    }

    void shouldSaveWhatTheUserChanged()
    {
        DialogSettings settings(file_);
        SettingsWidget widget(settings, identities());
        widget.setCollections(collections());
        widget.load();

        auto* taskList = child<QComboBox>(widget, QStringLiteral("taskList"));
        taskList->setCurrentIndex(taskList->findData(SettingsWidget::automaticTaskList));
        child<QSpinBox>(widget, QStringLiteral("kcfg_ThankYouDueHours"))->setValue(36);
        child<QCheckBox>(widget, QStringLiteral("kcfg_FollowUpEnabled"))->setChecked(false);
        child<QCheckBox>(widget, QStringLiteral("kcfg_DebriefEnabled"))->setChecked(true);
        child<QCheckBox>(widget, QStringLiteral("kcfg_Enabled"))->setChecked(false);
        calendarItem(calendars(widget), 8)->setCheckState(Qt::Checked);
        child<QPlainTextEdit>(widget, QStringLiteral("myAddresses"))
            ->setPlainText(QStringLiteral("me@example.org\n\n  other@example.org \n"));
        auto* region = child<QComboBox>(widget, QStringLiteral("holidayRegion"));
        region->setCurrentIndex(region->findData(QStringLiteral("none")));
        widget.save();

        DialogSettings saved(freshFile());
        QCOMPARE(saved.targetCollection(), SettingsWidget::automaticTaskList);
        QCOMPARE(saved.thankYouDueHours(), 36);
        QVERIFY(!saved.followUpEnabled());
        QVERIFY(saved.debriefEnabled());
        QVERIFY(!saved.enabled());
        QCOMPARE(saved.watchedCollections(), (QList<int>{3, 8}));
        QCOMPARE(saved.myAddresses(), (QStringList{QStringLiteral("me@example.org"),
                                                   QStringLiteral("other@example.org")}));
        QCOMPARE(saved.standingReferences(),
                 QStringList{QStringLiteral("Dana Fox <dana@ref.example>")});
        QCOMPARE(saved.holidayRegion(), QStringLiteral("none"));
        QCOMPARE(saved.seriesLimit(), 7);
        QCOMPARE(saved.pastDays(), 30); // untouched defaults stay defaults
    }

    // Saved before the server answered (or with the task list's resource offline): what the file
    // said is kept, not replaced by "automatic".
    void shouldKeepATaskListAndCalendarsNotFetchedYet()
    {
        DialogSettings settings(file_);
        SettingsWidget widget(settings, identities());
        widget.load();
        auto* taskList = child<QComboBox>(widget, QStringLiteral("taskList"));
        QCOMPARE(taskList->currentData().toLongLong(), 5);
        widget.save();
        DialogSettings saved(freshFile());
        QCOMPARE(saved.targetCollection(), 5);
        QCOMPARE(saved.watchedCollections(), QList<int>{3});

        widget.setCollections(collections()); // the fetch comes in
        QCOMPARE(taskList->currentText(), QStringLiteral("Personal Calendar / Tasks"));
        QCOMPARE(calendarItem(calendars(widget), 3)->checkState(), Qt::Checked);
    }

    // Opened as the agent is added (Kontact's "Add agent"), the dialog shows "Automatic"; once
    // the agent has chosen, and written its choice into the file, the dialog shows that list.
    // A list the user chose meanwhile stays chosen.
    void shouldShowTheListTheAgentChose()
    {
        KConfigGroup(file_, QStringLiteral("Collections")).writeEntry("TargetCollection", -1);
        QVERIFY(file_->sync());
        DialogSettings settings(file_);
        SettingsWidget widget(settings, identities());
        widget.setCollections(collections());
        widget.load();
        auto* taskList = child<QComboBox>(widget, QStringLiteral("taskList"));
        QCOMPARE(taskList->currentData().toLongLong(), SettingsWidget::automaticTaskList);

        const auto agentChooses = [this](qint64 id) {
            KConfig agentsView(file_->name(), KConfig::SimpleConfig);
            KConfigGroup(&agentsView, QStringLiteral("Collections"))
                .writeEntry("TargetCollection", id);
            return agentsView.sync();
        };
        QVERIFY(agentChooses(5));
        // qWaitFor, not QTRY_COMPARE: Qt 6.8's QTRY macros narrow a duration's count to int,
        // which -Wconversion refuses.
        QVERIFY(QTest::qWaitFor([&] { return taskList->currentData().toLongLong() == 5; }, 10000));
        QCOMPARE(taskList->currentText(), QStringLiteral("Personal Calendar / Tasks"));
        widget.save();
        QCOMPARE(DialogSettings(freshFile()).targetCollection(), 5);

        widget.load();
        QCOMPARE(taskList->currentData().toLongLong(), 5);
        taskList->setCurrentIndex(0);
        Q_EMIT taskList->activated(0); // as a user's choice
        QVERIFY(agentChooses(3));
        QTest::qWait(1500); // the watch's delay, and more
        QCOMPARE(taskList->currentData().toLongLong(), SettingsWidget::automaticTaskList);
    }

    // "New task list…" against the real (isolated) server: the list is made as the agent makes
    // its own (an iCal file resource), named as the user said, chosen, and saved. Before, with
    // its folder blocked by a file, the dialog says why it could not be made.
    void shouldMakeANewTaskListAndChooseIt()
    {
        if (!qEnvironmentVariableIsSet("AKONADI_TESTRUNNER_PID")) {
            QSKIP("needs the isolated Akonadi server: see akonadi-sqlite-settingswidgettest");
        }
        AkonadiTest::checkTestIsIsolated();
        constexpr int timeout = 60000;
        DialogSettings settings(file_);
        SettingsWidget widget(settings, identities());
        widget.load();
        auto* status = child<QLabel>(widget, QStringLiteral("taskListStatus"));
        QVERIFY(status->isHidden());

        const QString folder =
            QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
            QStringLiteral("/interview-followups");
        QFile blocker(folder);
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        QSignalSpy failed(&widget, &SettingsWidget::taskListFailed);
        clickNewTaskList(widget, QStringLiteral("Job hunt"));
        QVERIFY(failed.wait(timeout));
        QVERIFY(!status->isHidden());
        QVERIFY2(status->text().startsWith(QLatin1String("The task list could not be made: ")),
                 qPrintable(status->text()));
        QVERIFY(child<QPushButton>(widget, QStringLiteral("newTaskList"))->isEnabled());
        QCOMPARE(Akonadi::AgentManager::self()->instances().size(), 1); // only knut

        QVERIFY(QFile::remove(folder));
        QSignalSpy made(&widget, &SettingsWidget::taskListMade);
        clickNewTaskList(widget, QStringLiteral("Job hunt"));
        QVERIFY(made.wait(timeout));
        const qint64 id = made.first().first().toLongLong();
        auto* taskList = child<QComboBox>(widget, QStringLiteral("taskList"));
        QCOMPARE(taskList->currentData().toLongLong(), id);
        QCOMPARE(taskList->currentText(), QStringLiteral("Job hunt"));
        QVERIFY(status->isHidden());
        Akonadi::AgentInstance resource;
        const auto instances = Akonadi::AgentManager::self()->instances();
        for (const Akonadi::AgentInstance& instance : instances) {
            if (instance.type().identifier() == QLatin1String("akonadi_ical_resource")) {
                resource = instance;
            }
        }
        QCOMPARE(resource.name(), QStringLiteral("Job hunt"));
        QVERIFY(QFile::exists(folder + QStringLiteral("/tasks.ics")));

        widget.save();
        DialogSettings saved(freshFile());
        QCOMPARE(saved.targetCollection(), id);
    }

    // One picture per page, as the user sees it, for the README and for review.
    void shouldRenderEveryPageForAScreenshot()
    {
        DialogSettings settings(file_);
        SettingsWidget widget(settings, identities());
        widget.setCollections(collections());
        widget.load();
        takeScreenshots(widget, QStringLiteral("settings-kf%1-%2-%3.png"));
    }

    // The dialog in German, as a user in Germany sees it: KI18n takes the language from its own
    // list (the user's languages; here set), not from LANGUAGE, with the build tree's catalog. It
    // looks its words up with gettext, which reads a language list only in a messages locale that
    // is not C (nor C.UTF-8 since glibc 2.39): one is chosen as the agent chooses it.
    void shouldShowTheDialogInGerman()
    {
        followups::testing::MessagesLanguage messages;
        QVERIFY2(messages.use("de"), "no messages locale, not even " FOLLOWUPS_TEST_LOCPATH);
        KLocalizedString::addDomainLocaleDir(TRANSLATION_DOMAIN,
                                             QStringLiteral(FOLLOWUPS_BUILD_LOCALEDIR));
        KLocalizedString::setLanguages({QStringLiteral("de")});
        const auto english = qScopeGuard([] { KLocalizedString::clearLanguages(); });
        DialogSettings settings(file_); // its labels (the kcfg's) are translated as it is made
        SettingsWidget widget(settings, identities());
        widget.setCollections(collections());
        widget.load();

        auto* tabs = widget.findChild<QTabWidget*>();
        QVERIFY(tabs);
        QCOMPARE(tabs->tabText(0), QStringLiteral("Allgemein"));
        QCOMPARE(tabs->tabText(1), QStringLiteral("Sie"));
        QCOMPARE(tabs->tabText(2), QStringLiteral("Aufgaben"));
        QCOMPARE(tabs->tabText(3), QStringLiteral("Planung"));
        QCOMPARE(child<QCheckBox>(widget, QStringLiteral("kcfg_Enabled"))->text(),
                 QStringLiteral("Vorstellungsgespräche nachbereiten"));
        QCOMPARE(child<QPushButton>(widget, QStringLiteral("newTaskList"))->text(),
                 QStringLiteral("Neue Aufgabenliste …"));
        auto* taskList = child<QComboBox>(widget, QStringLiteral("taskList"));
        QCOMPARE(taskList->itemText(0), QStringLiteral("Automatisch"));
        QStringList labels;
        const auto shownLabels = widget.findChildren<QLabel*>();
        for (const QLabel* label : shownLabels) {
            labels.append(label->text());
        }
        QVERIFY2(labels.contains(QStringLiteral("Aufgabenliste:")), qPrintable(labels.join(u'|')));
        QVERIFY2(labels.filter(QStringLiteral("(Name <Adresse>):")).size() == 1,
                 qPrintable(labels.join(u'|')));
        takeScreenshots(widget, QStringLiteral("settings-kf%1-de-%2-%3.png"));
    }

private:
    // Every page of the widget, shown, saved as FOLLOWUPS_SCREENSHOT_DIR/`pattern` (%1: KF's
    // major version, %2: the page's number, %3: the Qt platform).
    static void takeScreenshots(SettingsWidget& widget, const QString& pattern)
    {
        widget.resize(620, 640);
        widget.show();
        QVERIFY(QTest::qWaitForWindowExposed(&widget));
        auto* tabs = widget.findChild<QTabWidget*>();
        QVERIFY(tabs);
        QVERIFY(QDir().mkpath(QStringLiteral(FOLLOWUPS_SCREENSHOT_DIR)));
        const QString platform = QGuiApplication::platformName();
        for (int page = 0; page < tabs->count(); ++page) {
            tabs->setCurrentIndex(page);
            const QImage shot = widget.grab().toImage();
            QCOMPARE(shot.size(), widget.size() * widget.devicePixelRatio());
            const QString name = QStringLiteral(FOLLOWUPS_SCREENSHOT_DIR "/") +
                                 pattern.arg(QT_VERSION_MAJOR).arg(page + 1).arg(platform);
            QVERIFY2(shot.save(name), qPrintable(name));
        }
    }
};

QTEST_MAIN(SettingsWidgetTest)

#include "settingswidgettest.moc"
