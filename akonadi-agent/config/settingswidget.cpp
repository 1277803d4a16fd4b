#include "settingswidget.h"

#include "dialogsettings.h"
#include "tasklistmaker.h"

#include <Akonadi/CollectionFetchJob>
#include <Akonadi/CollectionFetchScope>
#include <Akonadi/Monitor>
#include <KCalendarCore/Event>
#include <KCalendarCore/Todo>
#include <KConfigDialogManager>
#include <KConfigGroup>
#include <KDirWatch>
#include <KHolidays/HolidayRegion>
#include <KLocalizedString>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>
#include <algorithm>
#include <chrono>
#include <map>
#include <utility>

using namespace std::chrono_literals;

namespace
{
constexpr int collectionIdRole = Qt::UserRole + 1;
// How long a made task list's collection may take to appear once its resource is configured (the
// resource reads or makes its file at once; the bound of the resource's start is the maker's).
constexpr auto madeTaskListLimit = 30s;

// The kcfg groups the dialog makes its switches and numbers from.
const QString rulesGroup = QStringLiteral("Rules");
const QString offsetsGroup = QStringLiteral("Offsets");
const QString ruleSuffix = QStringLiteral("Enabled");

QStringList lines(const QPlainTextEdit& edit)
{
    QStringList result;
    const QStringList typed = edit.toPlainText().split(QLatin1Char('\n'));
    for (const QString& line : typed) {
        if (!line.trimmed().isEmpty()) {
            result.append(line.trimmed());
        }
    }
    return result;
}

// "Resource / Folder / Calendar": a collection's place, as KOrganizer's lists show it.
QString pathOf(const Akonadi::Collection& collection,
               const std::map<Akonadi::Collection::Id, Akonadi::Collection>& byId)
{
    QStringList names{collection.displayName()};
    auto parent = byId.find(collection.parentCollection().id());
    // Bounded: a broken parent chain cannot loop for ever.
    for (std::size_t depth = 0; parent != byId.end() && depth < byId.size(); ++depth) {
        names.prepend(parent->second.displayName());
        parent = byId.find(parent->second.parentCollection().id());
    }
    return names.join(QStringLiteral(" / "));
}

// The unit after a value, in the value's grammatical number ("1 day", "2 days").
QString unitSuffix(const QString& entry, int value)
{
    if (entry.endsWith(QLatin1String("BusinessDays"))) {
        return i18ncp("@item:valuesuffix", " business day", " business days", value);
    }
    if (entry.endsWith(QLatin1String("Hours"))) {
        return i18nc("@item:valuesuffix", " h");
    }
    if (entry.endsWith(QLatin1String("Minutes"))) {
        return i18nc("@item:valuesuffix", " min");
    }
    if (entry.contains(QLatin1String("Days"))) {
        return i18ncp("@item:valuesuffix", " day", " days", value);
    }
    return {};
}
} // namespace

SettingsWidget::SettingsWidget(DialogSettings& settings, const KMailIdentities::Me& identities,
                               QWidget* parent)
    : QWidget(parent), settings_(settings)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins({});
    auto* tabs = new QTabWidget(this);
    tabs->addTab(generalPage(), i18nc("@title:tab", "General"));
    tabs->addTab(identityPage(identities), i18nc("@title:tab", "You"));
    tabs->addTab(rulesPage(), i18nc("@title:tab", "Tasks"));
    tabs->addTab(calendarPage(), i18nc("@title:tab", "Planning"));
    layout->addWidget(tabs);
    manager_ = new KConfigDialogManager(this, &settings_);

    QString file = settings_.config()->name();
    if (QDir::isRelativePath(file)) {
        file = QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) +
               QLatin1Char('/') + file;
    }
    settingsWatch_ = new KDirWatch(this);
    settingsWatch_->addFile(file);
    connect(settingsWatch_, &KDirWatch::dirty, this, &SettingsWidget::showAgentsChoice);
    connect(settingsWatch_, &KDirWatch::created, this, &SettingsWidget::showAgentsChoice);
}

SettingsWidget::~SettingsWidget() = default;

QWidget* SettingsWidget::entryWidget(const QString& entry)
{
    KConfigSkeletonItem* item = settings_.findItem(entry);
    Q_ASSERT(item); // every name here comes from the kcfg
    QWidget* widget = nullptr;
    if (dynamic_cast<KCoreConfigSkeleton::ItemBool*>(item)) {
        widget = new QCheckBox(item->label(), this);
    } else {
        auto* spin = new QSpinBox(this);
        const bool minutes = entry.endsWith(QLatin1String("Minutes"));
        spin->setRange(item->minValue().isValid() ? item->minValue().toInt() : 0,
                       item->maxValue().isValid() ? item->maxValue().toInt()
                                                  : (minutes ? 24 * 60 - 1 : 9999));
        spin->setSuffix(unitSuffix(entry, spin->value()));
        connect(spin, qOverload<int>(&QSpinBox::valueChanged), spin,
                [spin, entry](int value) { spin->setSuffix(unitSuffix(entry, value)); });
        widget = spin;
    }
    widget->setObjectName(QStringLiteral("kcfg_") + entry);
    widget->setToolTip(item->whatsThis());
    return widget;
}

QWidget* SettingsWidget::generalPage()
{
    auto* page = new QWidget(this);
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(entryWidget(QStringLiteral("Enabled")));

    auto* form = new QFormLayout;
    auto* taskListRow = new QHBoxLayout;
    taskList_ = new QComboBox(page);
    taskList_->setObjectName(QStringLiteral("taskList"));
    taskList_->setToolTip(i18nc("@info:tooltip",
                                "Automatic: the list that holds the follow-ups already, else "
                                "KOrganizer's default calendar when it holds no interviews, else a "
                                "new list “Interview follow-ups”"));
    connect(taskList_, qOverload<int>(&QComboBox::activated), this,
            [this] { taskListChosenByUser_ = true; });
    taskListRow->addWidget(taskList_, 1);
    newTaskList_ = new QPushButton(i18nc("@action:button", "New Task List…"), page);
    newTaskList_->setObjectName(QStringLiteral("newTaskList"));
    newTaskList_->setToolTip(i18nc("@info:tooltip", "Makes a task list of its own for the "
                                                    "follow-ups, in a new calendar file"));
    connect(newTaskList_, &QPushButton::clicked, this, &SettingsWidget::askForTaskList);
    taskListRow->addWidget(newTaskList_);
    form->addRow(i18nc("@label:listbox", "Task list:"), taskListRow);
    taskListStatus_ = new QLabel(page);
    taskListStatus_->setObjectName(QStringLiteral("taskListStatus"));
    taskListStatus_->setTextFormat(Qt::PlainText);
    taskListStatus_->setWordWrap(true);
    taskListStatus_->hide();
    form->addRow(QString(), taskListStatus_);
    layout->addLayout(form);

    layout->addWidget(new QLabel(
        i18nc("@label", "Calendars with interviews (none checked: every calendar):"), page));
    calendars_ = new QStandardItemModel(this);
    auto* tree = new QTreeView(page);
    tree->setObjectName(QStringLiteral("watchedCalendars"));
    tree->setModel(calendars_);
    tree->setHeaderHidden(true);
    layout->addWidget(tree);
    showTaskLists(automaticTaskList);
    return page;
}

QWidget* SettingsWidget::identityPage(const KMailIdentities::Me& identities)
{
    auto* page = new QWidget(this);
    auto* layout = new QVBoxLayout(page);
    QStringList known;
    for (const std::string& address : identities.addresses) {
        known.append(QString::fromStdString(address));
    }
    auto* fromKMail = new QLabel(
        known.isEmpty() ? i18nc("@info", "No KMail identity with an address was found.")
                        : i18nc("@info %1: e-mail addresses, one a line",
                                "Your KMail identities are you: never thanked, never taken for an "
                                "interviewer.\n%1",
                                known.join(QLatin1Char('\n'))),
        page);
    fromKMail->setObjectName(QStringLiteral("identities"));
    fromKMail->setTextFormat(Qt::PlainText);
    fromKMail->setWordWrap(true);
    layout->addWidget(fromKMail);

    layout->addWidget(
        new QLabel(i18nc("@label:textbox", "Your other addresses, one a line:"), page));
    addresses_ = new QPlainTextEdit(page);
    addresses_->setObjectName(QStringLiteral("myAddresses"));
    layout->addWidget(addresses_);
    auto* referencesLabel =
        new QLabel(i18nc("@label:textbox %1: the form of a reference",
                         "Your references, for interviews that ask for them, one a line (%1):",
                         i18nc("@label the form of a reference: a name, then an e-mail address",
                               "Name <address>")),
                   page);
    referencesLabel->setTextFormat(Qt::PlainText);
    layout->addWidget(referencesLabel);
    references_ = new QPlainTextEdit(page);
    references_->setObjectName(QStringLiteral("standingReferences"));
    layout->addWidget(references_);
    return page;
}

QWidget* SettingsWidget::rulesPage()
{
    // One box per rule: its switch, then the offsets named after it (ThankYouEnabled →
    // ThankYouDueHours, ThankYouHardLimitHours, …); the offsets of no rule come last.
    auto* page = new QWidget(this);
    auto* layout = new QVBoxLayout(page);
    QStringList offsets;
    QStringList rules;
    const auto items = settings_.items();
    for (const KConfigSkeletonItem* item : items) {
        if (item->group() == offsetsGroup) {
            offsets.append(item->name());
        } else if (item->group() == rulesGroup && item->name().endsWith(ruleSuffix)) {
            rules.append(item->name());
        }
    }
    for (const QString& rule : std::as_const(rules)) {
        const QString stem = rule.chopped(ruleSuffix.size());
        auto* box = new QGroupBox(page);
        auto* form = new QFormLayout(box);
        auto* ruleSwitch = qobject_cast<QCheckBox*>(entryWidget(rule));
        form->addRow(ruleSwitch);
        // The stem ends at a word: ReferenceThankYou… is no ThankYou… offset, FollowUpCount is.
        for (auto offset = offsets.begin(); offset != offsets.end();) {
            const QString rest = offset->mid(stem.size());
            if (offset->startsWith(stem) && !rest.isEmpty() && rest.at(0).isUpper()) {
                QWidget* spin = entryWidget(*offset);
                form->addRow(settings_.findItem(*offset)->label(), spin);
                spin->setEnabled(ruleSwitch->isChecked());
                connect(ruleSwitch, &QCheckBox::toggled, spin, &QWidget::setEnabled);
                offset = offsets.erase(offset);
            } else {
                ++offset;
            }
        }
        layout->addWidget(box);
    }
    auto* times = new QGroupBox(i18nc("@title:group", "Times of day"), page);
    auto* form = new QFormLayout(times);
    for (const QString& offset : std::as_const(offsets)) {
        form->addRow(settings_.findItem(offset)->label(), entryWidget(offset));
    }
    layout->addWidget(times);
    layout->addStretch();

    auto* scroll = new QScrollArea(this);
    scroll->setWidget(page);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    return scroll;
}

QWidget* SettingsWidget::calendarPage()
{
    auto* page = new QWidget(this);
    auto* form = new QFormLayout(page);
    holidayRegion_ = new QComboBox(page);
    holidayRegion_->setObjectName(QStringLiteral("holidayRegion"));
    holidayRegion_->addItem(i18nc("@item:inlistbox", "The region of your locale"), QString());
    holidayRegion_->addItem(i18nc("@item:inlistbox", "No public holidays"), QStringLiteral("none"));
    std::vector<std::pair<QString, QString>> regions; // name, code
    const QStringList codes = KHolidays::HolidayRegion::regionCodes();
    for (const QString& code : codes) {
        regions.emplace_back(KHolidays::HolidayRegion::name(code), code);
    }
    std::sort(regions.begin(), regions.end(), [](const auto& a, const auto& b) {
        return QString::localeAwareCompare(a.first, b.first) < 0;
    });
    for (const auto& [name, code] : regions) {
        holidayRegion_->addItem(name, code);
    }
    form->addRow(i18nc("@label:listbox", "Public holidays of:"), holidayRegion_);
    for (const QString& entry : {QStringLiteral("PastDays"), QStringLiteral("FutureDays")}) {
        form->addRow(settings_.findItem(entry)->label(), entryWidget(entry));
    }
    form->addRow(entryWidget(QStringLiteral("NotifyCreated")));
    return page;
}

void SettingsWidget::showAgentsChoice()
{
    if (taskListChosenByUser_ || chosenTaskList() != automaticTaskList) {
        return;
    }
    settings_.config()->reparseConfiguration();
    const qint64 chosen = KConfigGroup(settings_.config(), QStringLiteral("Collections"))
                              .readEntry("TargetCollection", automaticTaskList);
    if (chosen != automaticTaskList) {
        showTaskLists(chosen);
    }
}

void SettingsWidget::load()
{
    taskListChosenByUser_ = false;
    manager_->updateWidgets();
    showTaskLists(settings_.targetCollection());
    QSet<qint64> watched;
    const QList<int> configured = settings_.watchedCollections();
    for (const int id : configured) {
        watched.insert(id);
    }
    unshownCalendars_.clear();
    showCalendars(watched);
    addresses_->setPlainText(settings_.myAddresses().join(QLatin1Char('\n')));
    references_->setPlainText(settings_.standingReferences().join(QLatin1Char('\n')));
    const QString region = settings_.holidayRegion();
    int index = holidayRegion_->findData(region);
    if (index < 0) { // a code KHolidays does not know (a hand edit): shown as it is
        holidayRegion_->addItem(region, region);
        index = holidayRegion_->count() - 1;
    }
    holidayRegion_->setCurrentIndex(index);
}

void SettingsWidget::save()
{
    manager_->updateSettings();
    settings_.setTargetCollection(chosenTaskList());
    QList<int> watched;
    for (const qint64 id : checkedCalendars()) {
        watched.append(static_cast<int>(id));
    }
    std::sort(watched.begin(), watched.end());
    settings_.setWatchedCollections(watched);
    settings_.setMyAddresses(lines(*addresses_));
    settings_.setStandingReferences(lines(*references_));
    settings_.setHolidayRegion(holidayRegion_->currentData().toString());
    settings_.save();
}

void SettingsWidget::setCollections(const Akonadi::Collection::List& collections)
{
    const qint64 chosen = chosenTaskList();
    const QSet<qint64> checked = checkedCalendars();
    collections_ = collections;
    unshownCalendars_.clear();
    showTaskLists(chosen);
    showCalendars(checked);
}

qint64 SettingsWidget::chosenTaskList() const
{
    return taskList_->currentData().toLongLong();
}

QSet<qint64> SettingsWidget::checkedCalendars() const
{
    QSet<qint64> checked = unshownCalendars_;
    std::vector<const QStandardItem*> pending{calendars_->invisibleRootItem()};
    while (!pending.empty()) {
        const QStandardItem* item = pending.back();
        pending.pop_back();
        for (int row = 0; row < item->rowCount(); ++row) {
            const QStandardItem* child = item->child(row);
            if (child->isCheckable() && child->checkState() == Qt::Checked) {
                checked.insert(child->data(collectionIdRole).toLongLong());
            }
            pending.push_back(child);
        }
    }
    return checked;
}

void SettingsWidget::showTaskLists(qint64 chosen)
{
    std::map<Akonadi::Collection::Id, Akonadi::Collection> byId;
    for (const Akonadi::Collection& collection : std::as_const(collections_)) {
        byId.emplace(collection.id(), collection);
    }
    taskList_->clear();
    taskList_->addItem(i18nc("@item:inlistbox the agent chooses the task list", "Automatic"),
                       automaticTaskList);
    for (const Akonadi::Collection& collection : std::as_const(collections_)) {
        if (collection.contentMimeTypes().contains(KCalendarCore::Todo::todoMimeType()) &&
            (collection.rights() & Akonadi::Collection::CanCreateItem)) {
            taskList_->addItem(pathOf(collection, byId), collection.id());
        }
    }
    int index = taskList_->findData(chosen);
    if (index < 0) { // not fetched yet, or gone: kept until the user chooses another
        taskList_->addItem(i18nc("@item:inlistbox", "Task list %1 (not available)", chosen),
                           chosen);
        index = taskList_->count() - 1;
    }
    taskList_->setCurrentIndex(index);
}

void SettingsWidget::showCalendars(const QSet<qint64>& checked)
{
    calendars_->clear();
    // The event collections and the folders (resources) they are in; not the task lists.
    std::map<Akonadi::Collection::Id, Akonadi::Collection> byId;
    for (const Akonadi::Collection& collection : std::as_const(collections_)) {
        byId.emplace(collection.id(), collection);
    }
    QSet<qint64> inTree;
    for (const Akonadi::Collection& collection : std::as_const(collections_)) {
        if (!collection.contentMimeTypes().contains(KCalendarCore::Event::eventMimeType())) {
            continue;
        }
        // Bounded, as in pathOf.
        auto ancestor = byId.find(collection.id());
        for (std::size_t depth = 0; ancestor != byId.end() && depth <= byId.size(); ++depth) {
            inTree.insert(ancestor->first);
            ancestor = byId.find(ancestor->second.parentCollection().id());
        }
    }
    // Parents before children: the fetch lists them so, but a missing parent makes a top level.
    std::map<Akonadi::Collection::Id, QStandardItem*> items;
    QSet<qint64> shown;
    for (const Akonadi::Collection& collection : std::as_const(collections_)) {
        if (!inTree.contains(collection.id())) {
            continue;
        }
        auto* item = new QStandardItem(collection.displayName());
        item->setEditable(false);
        item->setData(collection.id(), collectionIdRole);
        if (collection.contentMimeTypes().contains(KCalendarCore::Event::eventMimeType())) {
            item->setCheckable(true);
            item->setCheckState(checked.contains(collection.id()) ? Qt::Checked : Qt::Unchecked);
            shown.insert(collection.id());
        }
        const auto parent = items.find(collection.parentCollection().id());
        (parent != items.end() ? parent->second : calendars_->invisibleRootItem())->appendRow(item);
        items.emplace(collection.id(), item);
    }
    unshownCalendars_ = checked - shown;
    if (auto* tree = findChild<QTreeView*>(QStringLiteral("watchedCalendars"))) {
        tree->expandAll();
    }
}

void SettingsWidget::askForTaskList()
{
    bool ok = false;
    const QString name =
        QInputDialog::getText(this, i18nc("@title:window", "New Task List"),
                              i18nc("@label:textbox", "Name of the new task list:"),
                              QLineEdit::Normal, TaskListMaker::defaultName(), &ok)
            .trimmed();
    if (ok && !name.isEmpty()) {
        makeTaskList(name);
    }
}

void SettingsWidget::makeTaskList(const QString& name)
{
    newTaskList_->setEnabled(false);
    showTaskListStatus(i18nc("@info", "Making the task list “%1”…", name));
    auto* maker = new TaskListMaker(name, this);
    // Listening before the resource is configured, which is when it makes its collection.
    connect(maker, &TaskListMaker::made, this, [this](const QString& resource) {
        madeResource_ = resource;
        madeResourceMonitor_ = new Akonadi::Monitor(this);
        madeResourceMonitor_->setResourceMonitored(resource.toUtf8());
        connect(madeResourceMonitor_, &Akonadi::Monitor::collectionAdded, this,
                [this, resource] { fetchMadeTaskList(resource); });
    });
    connect(maker, &KJob::result, this, [this, maker] {
        if (maker->error()) {
            taskListNotMade(maker->errorString());
            return;
        }
        // Its collection may have come before the monitor listened.
        fetchMadeTaskList(maker->resource());
        QTimer::singleShot(madeTaskListLimit, this, [this, resource = maker->resource()] {
            if (madeResource_ == resource) {
                taskListNotMade(i18nc("@info", "its calendar did not appear"));
            }
        });
    });
    maker->start();
}

void SettingsWidget::fetchMadeTaskList(const QString& resource)
{
    auto* fetch = new Akonadi::CollectionFetchJob(Akonadi::Collection::root(),
                                                  Akonadi::CollectionFetchJob::Recursive, this);
    fetch->fetchScope().setResource(resource);
    connect(fetch, &KJob::result, this, [this, fetch] {
        const Akonadi::Collection::List found = fetch->collections();
        for (const Akonadi::Collection& collection : found) {
            madeTaskListArrived(collection);
        }
    });
}

void SettingsWidget::madeTaskListArrived(const Akonadi::Collection& collection)
{
    if (madeResource_.isEmpty() || collection.resource() != madeResource_ ||
        !collection.contentMimeTypes().contains(KCalendarCore::Todo::todoMimeType())) {
        return;
    }
    madeResource_.clear();
    delete std::exchange(madeResourceMonitor_, nullptr);
    taskListChosenByUser_ = true;
    const QSet<qint64> checked = checkedCalendars();
    collections_.append(collection);
    showTaskLists(collection.id());
    showCalendars(checked);
    showTaskListStatus({});
    newTaskList_->setEnabled(true);
    Q_EMIT taskListMade(collection.id());
}

void SettingsWidget::taskListNotMade(const QString& why)
{
    madeResource_.clear();
    delete std::exchange(madeResourceMonitor_, nullptr);
    showTaskListStatus(i18nc("@info %1: why", "The task list could not be made: %1", why));
    newTaskList_->setEnabled(true);
    Q_EMIT taskListFailed(why);
}

void SettingsWidget::showTaskListStatus(const QString& text)
{
    taskListStatus_->setText(text);
    taskListStatus_->setVisible(!text.isEmpty());
}
