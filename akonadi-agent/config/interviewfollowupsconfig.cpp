#include "interviewfollowupsconfig.h"

#include "dialogsettings.h"
#include "settingswidget.h"

#include <Akonadi/CollectionFetchJob>
#include <Akonadi/CollectionFetchScope>
#include <Akonadi/ServerManager>
#include <KCalendarCore/Event>
#include <KCalendarCore/Todo>

InterviewFollowupsConfig::InterviewFollowupsConfig(const KSharedConfigPtr& config, QWidget* parent,
                                                   const QVariantList& args)
    : Akonadi::AgentConfigurationBase(config, parent, args),
      settings_(std::make_unique<DialogSettings>(agentSettingsFile())),
      // Akonadi's AgentConfigurationWidget lays out the widgets made with it as parent.
      widget_(new SettingsWidget(*settings_, KMailIdentities::read(), parent))
{
}

InterviewFollowupsConfig::~InterviewFollowupsConfig()
{
    delete widget_;
}

KSharedConfigPtr InterviewFollowupsConfig::agentSettingsFile() const
{
    // The file the agent reads (AgentBase: its namespaced application name + "rc"). Akonadi 24.12
    // hands the plugin that one; 22.12 hands "<identifier>rc" with the namespace after "rc": the
    // same file on a desktop, another one when Akonadi runs as a named instance (akonaditest,
    // akonadictl --instance), where the agent would never see what the dialog saved.
    return KSharedConfig::openConfig(Akonadi::ServerManager::addNamespace(identifier()) +
                                     QStringLiteral("rc"));
}

void InterviewFollowupsConfig::load()
{
    Akonadi::AgentConfigurationBase::load();
    settings_->load();
    widget_->load();
    // The task lists and calendars come from the server; what was loaded stays chosen meanwhile.
    auto* fetch = new Akonadi::CollectionFetchJob(Akonadi::Collection::root(),
                                                  Akonadi::CollectionFetchJob::Recursive, widget_);
    fetch->fetchScope().setContentMimeTypes(
        {KCalendarCore::Event::eventMimeType(), KCalendarCore::Todo::todoMimeType()});
    connect(fetch, &KJob::result, widget_, [this, fetch] {
        if (!fetch->error()) {
            widget_->setCollections(fetch->collections());
        }
    });
}

bool InterviewFollowupsConfig::save() const
{
    widget_->save();
    return Akonadi::AgentConfigurationBase::save();
}

AKONADI_AGENTCONFIG_FACTORY(InterviewFollowupsConfigFactory, "interviewfollowupsconfig.json",
                            InterviewFollowupsConfig)

#include "interviewfollowupsconfig.moc"
