// The agent as installed (AKONADI_AGENT_MAIN over the same library), with its clock stopped at the
// end-to-end test's "now" (agenttestclock.h). The test's build-tree .desktop starts this one.
#include "agenttestclock.h"
#include "interviewfollowupsagent.h"

class FixedClockAgent : public InterviewFollowupsAgent
{
public:
    explicit FixedClockAgent(const QString& id)
        : InterviewFollowupsAgent(id, [] {
              return followups::Instant{
                  std::chrono::seconds{AgentTestClock::now().toSecsSinceEpoch()}};
          })
    {
    }
};

AKONADI_AGENT_MAIN(FixedClockAgent)
