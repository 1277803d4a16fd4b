// The agent's configuration plugin (issue 14), found by Akonadi through its metadata
// (interviewfollowupsconfig.json) in <Qt plugins>/pim<N>/akonadi/config/: "Configure…" in Kontact,
// akonadiconsole and the agent's notifications opens it. It edits the agent's own settings file;
// Akonadi then asks the agent to reload it.
#pragma once

#include <Akonadi/AgentConfigurationBase>
#include <QPointer>
#include <memory>

class DialogSettings;
class SettingsWidget;

class InterviewFollowupsConfig : public Akonadi::AgentConfigurationBase
{
    Q_OBJECT
public:
    InterviewFollowupsConfig(const KSharedConfigPtr& config, QWidget* parent,
                             const QVariantList& args);
    ~InterviewFollowupsConfig() override;

    void load() override;
    bool save() const override;

private:
    KSharedConfigPtr agentSettingsFile() const;

    std::unique_ptr<DialogSettings> settings_;
    // A child of the dialog's widget, as this object is: deleted here, before the settings it
    // shows, whichever sibling Qt deletes first.
    QPointer<SettingsWidget> widget_;
};
