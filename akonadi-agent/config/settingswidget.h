// The agent's settings as the configuration dialog shows them (issue 14): a plain widget, so that
// a test drives it without Akonadi. The switches and numbers are made from the kcfg's entries
// (their labels, limits and defaults) and kept by KConfigDialogManager; the task list, the watched
// calendars, the user's addresses and the holiday region are read and written here. "New task
// list…" makes a task list as the agent does (TaskListMaker), through the Akonadi server.
#pragma once

#include "kmailidentities.h"

#include <Akonadi/Collection>
#include <QSet>
#include <QWidget>

class DialogSettings;
class KConfigDialogManager;
class KDirWatch;
class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QStandardItemModel;
namespace Akonadi
{
class Monitor;
}

class SettingsWidget : public QWidget
{
    Q_OBJECT
public:
    // `identities`: the user's KMail identities, shown as what the agent already takes as "me".
    SettingsWidget(DialogSettings& settings, const KMailIdentities::Me& identities,
                   QWidget* parent = nullptr);
    ~SettingsWidget() override;

    void load(); // settings → widgets
    void save(); // widgets → settings, written to the file

    // The collections to choose from (a recursive fetch of the whole tree): to-do collections that
    // take new items are task lists, event collections can be watched. Keeps what is chosen.
    void setCollections(const Akonadi::Collection::List& collections);

    // The value TargetCollection holds for "automatic" (the agent chooses the task list).
    static constexpr qint64 automaticTaskList = -1;

Q_SIGNALS:
    // "New task list…" ended: the new list is in the task-list combo and chosen, or the dialog
    // says why it could not be made.
    void taskListMade(qint64 id);
    void taskListFailed(const QString& why);

private:
    QWidget* generalPage();
    QWidget* identityPage(const KMailIdentities::Me& identities);
    QWidget* rulesPage();
    QWidget* calendarPage();
    // A check box or spin box for one kcfg entry, named kcfg_<entry> for KConfigDialogManager.
    QWidget* entryWidget(const QString& entry);

    qint64 chosenTaskList() const;
    QSet<qint64> checkedCalendars() const;
    void showTaskLists(qint64 chosen);
    void showCalendars(const QSet<qint64>& checked);

    // The agent writes the list "Automatic" took into the file: shown once it does, unless the
    // user chose a list meanwhile (the dialog opens as the agent is added, before it chose).
    void showAgentsChoice();

    void askForTaskList(); // "New task list…": its name, then makeTaskList
    void makeTaskList(const QString& name);
    void fetchMadeTaskList(const QString& resource);
    void madeTaskListArrived(const Akonadi::Collection& collection);
    void taskListNotMade(const QString& why);
    void showTaskListStatus(const QString& text);

    DialogSettings& settings_;
    KConfigDialogManager* manager_ = nullptr;
    Akonadi::Collection::List collections_;
    QComboBox* taskList_ = nullptr;
    bool taskListChosenByUser_ = false;
    KDirWatch* settingsWatch_ = nullptr;
    QPushButton* newTaskList_ = nullptr;
    QLabel* taskListStatus_ = nullptr;
    // The resource "New task list…" made, until its collection is there; it tells of its
    // collection's arrival.
    QString madeResource_;
    Akonadi::Monitor* madeResourceMonitor_ = nullptr;
    QStandardItemModel* calendars_ = nullptr;
    // Watched calendars that are not in the tree (not fetched yet, or their resource is offline):
    // kept, as the user did not uncheck them.
    QSet<qint64> unshownCalendars_;
    QPlainTextEdit* addresses_ = nullptr;
    QPlainTextEdit* references_ = nullptr;
    QComboBox* holidayRegion_ = nullptr;
};
