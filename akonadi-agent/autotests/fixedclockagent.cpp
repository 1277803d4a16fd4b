// The agent as installed (AKONADI_AGENT_MAIN over the same library), with its clock stopped at the
// end-to-end test's "now" (agenttestclock.h) and a shorter stall limit (teststalllimit.h). The
// test's build-tree .desktop starts this one.
#include "agenttestclock.h"
#include "interviewfollowupsagent.h"
#include "teststalllimit.h"

class FixedClockAgent : public InterviewFollowupsAgent
{
public:
    explicit FixedClockAgent(const QString& id)
        : InterviewFollowupsAgent(
              id,
              [] {
                  return followups::Instant{
                      std::chrono::seconds{AgentTestClock::now().toSecsSinceEpoch()}};
              },
              TestStallLimit::limit)
    {
    }
};

AKONADI_AGENT_MAIN(FixedClockAgent)
