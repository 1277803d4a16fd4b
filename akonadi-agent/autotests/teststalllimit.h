// The stall limit of the agent under test (fixedclockagent.cpp): shorter than the installed
// agent's 30 s so that the end-to-end test's unanswering server costs seconds, and still far above
// any answer of the isolated server under sanitizers on a loaded machine (well under a second).
#pragma once

#include <chrono>

namespace TestStallLimit
{
inline constexpr std::chrono::seconds limit{8};
}
