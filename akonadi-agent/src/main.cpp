#include "interviewfollowupsagent.h"

AKONADI_AGENT_MAIN(InterviewFollowupsAgent)
